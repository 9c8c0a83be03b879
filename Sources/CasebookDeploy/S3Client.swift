import Crypto
import Foundation

/// The five S3 operations deploy needs, over one bucket: ListObjectsV2 (every page), HeadObject,
/// GetObject, PutObject and DeleteObjects (1,000 keys a request, with Content-MD5).
public struct S3Client: Sendable {
    /// Sends, signs and retries the requests, and counts them for the summary.
    public let transport: S3Transport
    /// Bodies sent as `UNSIGNED-PAYLOAD` (Huawei OBS); Content-MD5 still guards them.
    public let unsignedPayload: Bool

    /// A client over `transport`.
    public init(transport: S3Transport, unsignedPayload: Bool = false) {
        self.transport = transport
        self.unsignedPayload = unsignedPayload
    }

    private var endpoint: S3Endpoint { transport.endpoint }

    /// Every object whose key starts with `prefix`, following continuation tokens.
    public func list(prefix: String) async throws -> [RemoteObject] {
        var objects: [RemoteObject] = []
        var token: String?
        repeat {
            var query: [(name: String, value: String)] = [("list-type", "2"), ("max-keys", "1000")]
            if !prefix.isEmpty { query.append(("prefix", prefix)) }
            if let token { query.append(("continuation-token", token)) }
            let response = try await checked(transport.send(SignableRequest(method: "GET", path: endpoint.path(of: ""), query: query)), .list)
            let document = S3XML(response.body)
            for record in document.records("Contents") {
                guard let key = record["Key"], let size = record["Size"].flatMap({ Int($0) }) else { continue }
                objects.append(RemoteObject(key: key, size: size, etag: (record["ETag"] ?? "").replacingOccurrences(of: "\"", with: "")))
            }
            token = document.first("IsTruncated") == "true" ? document.first("NextContinuationToken") : nil
        } while token != nil
        return objects
    }

    /// The stamp of `key`, nil when the object is not Casebook's; throws when it cannot be read.
    public func stamp(of key: String) async throws -> ObjectStamp? {
        let response = try await transport.send(SignableRequest(method: "HEAD", path: endpoint.path(of: key)))
        if response.status == 404 { return nil }
        return ObjectStamp(responseHeaders: try checked(response, .read(key: key)).headers)
    }

    /// The bytes of `key`, nil when there is no such object.
    public func get(_ key: String) async throws -> Data? {
        let response = try await transport.send(SignableRequest(method: "GET", path: endpoint.path(of: key)))
        if response.status == 404 { return nil }
        return try checked(response, .read(key: key)).body
    }

    /// Stores `body` at `key` with these headers; returns the new ETag.
    @discardableResult
    public func put(_ key: String, body: Data, headers: [(name: String, value: String)]) async throws -> String {
        let md5 = Data(Insecure.MD5.hash(data: body)).base64EncodedString()
        let request = SignableRequest(method: "PUT", path: endpoint.path(of: key), headers: headers + [("Content-MD5", md5)])
        let response = try await checked(transport.send(request, body: body, payloadHash: unsignedPayload ? "UNSIGNED-PAYLOAD" : nil), .upload(key: key))
        return (response.headers["etag"] ?? "").replacingOccurrences(of: "\"", with: "")
    }

    /// Deletes `keys`, 1,000 a request; throws when the store refuses any of them.
    public func delete(_ keys: [String]) async throws {
        for start in stride(from: 0, to: keys.count, by: 1000) {
            let batch = keys[start..<min(keys.count, start + 1000)]
            let objects = batch.map { "<Object><Key>\(Self.escape($0))</Key></Object>" }.joined()
            let body = Data(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Quiet>true</Quiet>\(objects)</Delete>"
                    .utf8)
            let md5 = Data(Insecure.MD5.hash(data: body)).base64EncodedString()
            let request = SignableRequest(
                method: "POST", path: endpoint.path(of: ""), query: [("delete", "")],
                headers: [("Content-Type", "application/xml"), ("Content-MD5", md5)])
            let response = try await checked(transport.send(request, body: body), .deleteObjects)
            if let failed = S3XML(response.body).records("Error").first {
                throw DeployError(
                    .deleteRefused(key: failed["Key"], StoreAnswer(status: response.status, code: failed["Code"] ?? "error", text: failed["Message"] ?? "")))
            }
        }
    }

    /// The response when it succeeded, else the error it means, with its fix.
    func checked(_ response: S3Response, _ action: StoreAction) throws -> S3Response {
        guard !response.succeeded else { return response }
        throw S3ErrorTranslator(endpoint: endpoint, credentialsSource: transport.signer.credentials.source)
            .error(status: response.status, code: response.errorCode, action: action)
    }

    private static func escape(_ key: String) -> String {
        key.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
