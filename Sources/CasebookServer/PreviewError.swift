/// Why the preview server could not start, in words a user can act on.
public enum PreviewError: Error, CustomStringConvertible, Sendable, Equatable {
    /// `--base-path` is not a plain path.
    case badBasePath(String)
    /// Something else already listens on the address.
    case portTaken(host: String, port: Int)
    /// The address could not be bound for another reason (unknown host, no permission …).
    case cannotListen(host: String, port: Int, reason: String)

    /// The sentence printed for the person at the terminal, with the option or command that fixes it.
    public var description: String {
        switch self {
        case .badBasePath(let raw):
            return "--base-path '\(raw)' is not a plain URL path. Use folders of letters, digits, '-', '_', '.' or '~', such as --base-path /showcase/."
        case .portTaken(let host, let port):
            return "Port \(port) on \(host) is already in use, so the preview cannot start. "
                + "Stop the other server, or choose another port: casebook serve --port \(port == 65535 ? 8001 : port + 1)"
        case .cannotListen(let host, let port, let reason):
            return "Cannot listen on \(host):\(port): \(reason). Check --host and --port (the default is 127.0.0.1:8000)."
        }
    }
}
