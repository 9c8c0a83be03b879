import Foundation

/// Finds out, before the server starts, whether its address can be bound, so that a port in
/// use gives a plain message instead of a socket error deep in the server's start-up.
enum PortCheck {
    /// Throws `PreviewError.portTaken` when something listens on host:port already, and
    /// `cannotListen` when the host does not resolve. Port 0 (any free port) always passes.
    static func ensureFree(host: String, port: Int) throws {
        guard port != 0 else { return }
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_family = AF_UNSPEC
        #if os(Linux)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw PreviewError.cannotListen(host: host, port: port, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(list) }
        let socket = Foundation.socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard socket >= 0 else { return }
        defer { close(socket) }
        // The server sets SO_REUSEADDR too, so a port left in TIME_WAIT by a previous run is free.
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(socket, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            let code = errno
            if code == EADDRINUSE { throw PreviewError.portTaken(host: host, port: port) }
            throw PreviewError.cannotListen(host: host, port: port, reason: String(cString: strerror(code)))
        }
    }
}
