import Casebook
import CasebookContent

/// Where the requests of one bucket go: the URL to connect to, the `Host` header and the path of a
/// key, for virtual-hosted (`bucket.host/key`) or path-style (`host/bucket/key`) addressing.
public struct S3Endpoint: Sendable, Hashable {
    /// `http` or `https`, lower-cased.
    public let scheme: String
    /// `host[:port]` of the endpoint, without the bucket.
    public let authority: String
    /// The bucket every request goes to.
    public let bucket: String
    /// Whether the bucket goes in the host name or in the path.
    public let addressing: DeployTarget.Addressing

    /// The endpoint of `bucket` at `endpoint` (`https://host[:port]`).
    public init?(endpoint: String, bucket: String, addressing: DeployTarget.Addressing) {
        guard let separator = endpoint.range(of: "://") else { return nil }
        scheme = endpoint[..<separator.lowerBound].lowercased()
        authority = String(endpoint[separator.upperBound...]).lowercased()
        guard ["http", "https"].contains(scheme), !authority.isEmpty else { return nil }
        self.bucket = bucket
        self.addressing = addressing
    }

    /// The `Host` header: the bucket prefixed for virtual-hosted requests.
    public var host: String { addressing == .virtual ? "\(bucket).\(authority)" : authority }

    /// The address to connect to. Names under `.localhost` are this machine (RFC 6761), as curl and
    /// browsers treat them, so a virtual-hosted bucket on a local store needs no /etc/hosts entry.
    public var connectAuthority: String {
        let name = host.split(separator: ":").first.map(String.init) ?? host
        guard scheme == "http", name.hasSuffix(".localhost") else { return host }
        return "127.0.0.1" + host.dropFirst(name.count)
    }

    /// The unencoded request path of `key` (`/bucket/key` or `/key`); of the bucket itself when key is empty.
    public func path(of key: String) -> String {
        addressing == .virtual ? "/" + key : "/\(bucket)" + (key.isEmpty ? "" : "/" + key)
    }

    /// The full URL of a signed request.
    public func url(for request: SignableRequest) -> String {
        let query = request.encodedQuery
        return "\(scheme)://\(connectAuthority)\(request.encodedPath)" + (query.isEmpty ? "" : "?" + query)
    }
}
