/// The reason of a `PathFailure`: it says, about the path, what is wrong and what would be right.
public protocol PathReason: Sendable, Equatable {
    /// The sentence about `path`, from the catalogue.
    func message(path: String) -> Message
}

/// A failure about one file or folder as values: the path, and the reason, which makes the sentence.
/// Each error of this kind is a `PathFailure` of its own reason enum (`SiteError`, `FormFailure`, …).
public struct PathFailure<Reason: PathReason>: Error, MessageConvertible, Sendable, Equatable {
    /// The file or folder concerned.
    public let path: String
    /// What is wrong with it.
    public let reason: Reason

    /// A failure about `path`.
    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    /// What is wrong and what to do, in the reason's words.
    public var message: Message { reason.message(path: path) }
}
