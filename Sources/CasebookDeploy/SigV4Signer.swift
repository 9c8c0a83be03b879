import Crypto
import Foundation

/// AWS Signature Version 4 with the Authorization header, exactly as AWS documents it: canonical
/// request, string to sign, derived key, signature. Pure, so the published examples are its tests.
public struct SigV4Signer: Sendable {
    /// The keys that sign; the session token, if any, is sent with the request.
    public let credentials: Credentials
    /// The region of the signing scope (`us-east-1`, `cn-north-4`).
    public let region: String
    /// The service of the signing scope, `s3` for every store deploy talks to.
    public let service: String

    /// A signer for `service` (`s3`) in `region` with these keys.
    public init(credentials: Credentials, region: String, service: String = "s3") {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// `x-amz-date`, the session token and `Authorization` added to `request`, signed over its headers.
    public func sign(_ request: inout SignableRequest, payloadHash: String, at date: Date) {
        let stamp = Self.timestamp(date)
        request.headers.removeAll { ["x-amz-date", "authorization", "x-amz-security-token"].contains($0.name.lowercased()) }
        request.headers.append(("x-amz-date", stamp))
        if let token = credentials.sessionToken { request.headers.append(("x-amz-security-token", token)) }
        let (canonical, signedHeaders) = Self.canonicalRequest(request, payloadHash: payloadHash)
        let scope = "\(stamp.prefix(8))/\(region)/\(service)/aws4_request"
        let toSign = Self.stringToSign(canonical, timestamp: stamp, scope: scope)
        let key = Self.signingKey(secret: credentials.secretAccessKey, day: String(stamp.prefix(8)), region: region, service: service)
        let signature = Self.hex(HMAC<SHA256>.authenticationCode(for: Data(toSign.utf8), using: key))
        request.headers.append(
            (
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), SignedHeaders=\(signedHeaders), Signature=\(signature)"
            ))
    }

    /// The canonical request and the `SignedHeaders` list: header names lower-cased and sorted,
    /// values trimmed with inner runs of spaces collapsed, repeated names joined by commas.
    public static func canonicalRequest(_ request: SignableRequest, payloadHash: String) -> (text: String, signedHeaders: String) {
        var values: [String: [String]] = [:]
        for (name, value) in request.headers where name.lowercased() != "authorization" {
            values[name.lowercased(), default: []].append(collapse(value))
        }
        let names = values.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let headerLines = names.map { "\($0):\(values[$0]!.joined(separator: ","))\n" }.joined()
        let signed = names.joined(separator: ";")
        let text = [request.method, request.encodedPath, request.encodedQuery, headerLines, signed, payloadHash].joined(separator: "\n")
        return (text, signed)
    }

    /// The string to sign: algorithm, timestamp, scope and the SHA-256 of the canonical request.
    public static func stringToSign(_ canonicalRequest: String, timestamp: String, scope: String) -> String {
        "AWS4-HMAC-SHA256\n\(timestamp)\n\(scope)\n\(sha256Hex(Data(canonicalRequest.utf8)))"
    }

    /// The key derived from the secret for one day, region and service.
    public static func signingKey(secret: String, day: String, region: String, service: String) -> SymmetricKey {
        var key = SymmetricKey(data: Data("AWS4\(secret)".utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return key
    }

    /// Lower-case hex SHA-256, the payload hash of a body.
    public static func sha256Hex(_ data: some DataProtocol) -> String { hex(SHA256.hash(data: data)) }

    /// `20130524T000000Z`.
    public static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int = 2) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(c.year, 4) + pad(c.month) + pad(c.day) + "T" + pad(c.hour) + pad(c.minute) + pad(c.second) + "Z"
    }

    private static func collapse(_ value: String) -> String {
        value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
