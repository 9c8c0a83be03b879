import CasebookSupport
import Foundation
import Hummingbird
import Testing

@testable import Casebook
@testable import CasebookServer

/// A small valid site in a fresh temporary folder, with a secret file beside it that no
/// request may ever return; removed when the value is dropped.
final class PreviewSite: Sendable {
    /// The folder holding the site and, beside the site, the secret.
    let folder: String
    let root: String
    static let secret = "TOP-SECRET-6f1d2c"

    init() throws {
        folder = NSTemporaryDirectory() + "casebook-serve-test-" + UUID().uuidString
        root = folder + "/site"
        try write("../secret.txt", Self.secret + "\n")
        try write("site.yaml", "title: 预览测试站点\nbase_url: https://www.example.gov.cn/showcase/\n")
        try write("content/cases/alpha.md", Self.caseFile(title: "甲化工分类分级实践"))
        try write("content/media/note.txt", "附件说明\n")
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path).standardizedFileURL
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A valid case; its title is on line 2 of the file.
    static func caseFile(title: String, extra: String = "") -> String {
        """
        ---
        title: \(title)
        enterprise: 示例企业有限公司
        enterprise_type: 联网工业企业
        region: 湖南省
        year: 2022
        industry: 石油化工
        summary: 一段简介。
        \(extra)
        ---
        ## 案例背景

        正文。
        """
    }

    /// A preview of this site under `basePath`, speaking `language` in the browser.
    func server(
        basePath: String = "/showcase/", language: Language = .en, report: @escaping @Sendable (PreviewReport) -> Void = { _ in }
    ) throws -> PreviewServer {
        let configuration = PreviewConfiguration(
            source: root, host: "127.0.0.1", port: 0, basePath: try BasePath(basePath), language: language)
        return PreviewServer(configuration: configuration, report: report)
    }
}

/// A plain-socket HTTP/1.1 client, so tests send request lines exactly as written (no client
/// library cleans up `..` or percent escapes first).
enum RawHTTP {
    /// Sends `lines` (CRLF line ends are added) to 127.0.0.1:port and returns what the server
    /// sent until it closed the connection, or until `until` holds for what was read so far.
    /// The socket calls block, so they run on a Dispatch thread, never on a thread of the
    /// cooperative pool that the server under test needs.
    static func exchange(
        port: Int, _ lines: [String], until: @escaping @Sendable (String) -> Bool = { _ in false },
        timeout: Double = 10
    ) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try blockingExchange(port: port, lines, until: until, timeout: timeout) })
            }
        }
    }

    private static func blockingExchange(port: Int, _ lines: [String], until: (String) -> Bool, timeout: Double) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawHTTPError("socket failed") }
        defer { close(fd) }
        var seconds = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &seconds, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw RawHTTPError("connect to port \(port) failed") }
        let request = Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == request.count else { throw RawHTTPError("send failed") }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += buffer[0..<count]
            if until(String(decoding: received, as: UTF8.self)) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// The status code of a raw response, or 0.
    static func status(of response: String) -> Int {
        let parts = response.split(separator: " ", maxSplits: 2)
        return parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    }
}

struct RawHTTPError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A response body as text.
func text(_ buffer: ByteBuffer) -> String {
    String(decoding: buffer.readableBytesView, as: UTF8.self)
}
