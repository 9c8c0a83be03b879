import CasebookSupport

/// Why the preview server could not start, in words a user can act on.
public enum PreviewError: Error, MessageConvertible, Sendable, Equatable {
    /// `--base-path` is not a plain path.
    case badBasePath(String)
    /// Something else already listens on the address.
    case portTaken(host: String, port: Int)
    /// The address could not be bound for another reason (unknown host, no permission …).
    case cannotListen(host: String, port: Int, reason: String)

    /// The sentence printed for the person at the terminal, with the option or command that fixes it.
    public var message: Message {
        switch self {
        case .badBasePath(let raw):
            Message("serve.error.badBasePath", ["path": "\(raw)"])
        case .portTaken(let host, let port):
            Message("serve.error.portTaken", ["host": "\(host)", "port": "\(port)", "next": "\(port == 65535 ? 8001 : port + 1)"])
        case .cannotListen(let host, let port, let reason):
            Message("serve.error.cannotListen", ["host": "\(host)", "port": "\(port)", "reason": "\(reason)"])
        }
    }
}
