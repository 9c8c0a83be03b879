import CasebookSupport

/// What the store answered to a failed request: its HTTP status, and the error code and text of its
/// XML body when it sent one (those stay in the store's own words).
public struct StoreAnswer: Sendable, Hashable {
    /// The HTTP status.
    public var status: Int
    /// The S3 error code, such as `NoSuchBucket`.
    public var code: String?
    /// The store's own explanation; may be empty.
    public var text: String

    /// An answer of `status` with its error code and text.
    public init(status: Int, code: String? = nil, text: String = "") {
        self.status = status
        self.code = code
        self.text = text
    }

    /// Whether waiting may help: the store is failing or throttling.
    public var isServerFailure: Bool { status >= 500 || status == 429 }

    /// `(NoSuchBucket: The bucket does not exist)`, `(AccessDenied)` or `(HTTP 403)`.
    public var message: Message {
        guard let code else { return Message("deploy.answer.status", ["status": "\(status)"]) }
        return text.isEmpty ? Message("deploy.answer.code", ["code": "\(code)"]) : Message("deploy.answer.codeText", ["code": "\(code)", "text": "\(text)"])
    }
}
