import Foundation

/// The status, headers and body of one answered request.
public struct S3Response: Sendable {
    /// The HTTP status code.
    public let status: Int
    /// Header values by lower-cased name.
    public let headers: [String: String]
    /// The body; an XML document for listings and errors.
    public let body: Data

    /// A response with these parts.
    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether the store accepted the request.
    public var succeeded: Bool { (200..<300).contains(status) }

    /// The `<Code>` and `<Message>` of an S3 error body, when there is one.
    public var errorCode: (code: String, message: String)? {
        let document = S3XML(body)
        guard let code = document.first("Code") else { return nil }
        return (code, document.first("Message") ?? "")
    }
}
