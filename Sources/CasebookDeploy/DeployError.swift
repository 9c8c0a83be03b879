/// Why a deploy stopped: one sentence of what went wrong and one of how to fix it.
public struct DeployError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure, so callers and tests can tell them apart.
    public enum Kind: String, Sendable {
        case configuration, credentials, permission, bucket, clockSkew, network, server, localFiles
    }

    public let kind: Kind
    public let message: String
    public let fix: String

    /// A failure of `kind` with its message and fix.
    public init(_ kind: Kind, _ message: String, fix: String) {
        self.kind = kind
        self.message = message
        self.fix = fix
    }

    public var description: String { "\(message); \(fix)" }
}
