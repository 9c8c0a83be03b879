/// Why a deploy stopped: one sentence of what went wrong and one of how to fix it.
public struct DeployError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure, so callers and tests can tell them apart.
    public enum Kind: String, Sendable {
        case configuration, credentials, permission, bucket, clockSkew, network, server, localFiles
    }

    /// The kind of failure, for callers that must tell a bad secret from a full disk.
    public let kind: Kind
    /// What went wrong, in one sentence.
    public let message: String
    /// How to put it right: a command to run or a setting to change.
    public let fix: String

    /// A failure of `kind` with its message and fix.
    public init(_ kind: Kind, _ message: String, fix: String) {
        self.kind = kind
        self.message = message
        self.fix = fix
    }

    /// The sentence printed for the person at the terminal: what went wrong, then the fix.
    public var description: String { "\(message); \(fix)" }
}
