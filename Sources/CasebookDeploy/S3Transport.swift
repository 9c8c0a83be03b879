import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Sends signed requests to one bucket over AsyncHTTPClient, retrying what may succeed on a second
/// try, and counts requests and bytes sent for the summary.
public final class S3Transport: Sendable {
    let endpoint: S3Endpoint
    let signer: SigV4Signer
    let retry: RetryPolicy
    private let client: HTTPClient
    private let counters = Counters()

    /// A transport to `endpoint`, signing with `signer`.
    public init(endpoint: S3Endpoint, signer: SigV4Signer, retry: RetryPolicy = RetryPolicy(), concurrency: Int = 8) {
        self.endpoint = endpoint
        self.signer = signer
        self.retry = retry
        // A redirect would be followed unsigned; S3 answers a wrong region with an error instead.
        let configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: .init(connect: .seconds(5), read: .seconds(60)),
            connectionPool: .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, concurrency)), decompression: .disabled)
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Requests sent so far (retries included) and body bytes uploaded.
    public var totals: (requests: Int, bytes: Int) { counters.read() }

    /// Sends `request` with `body`, signing each try anew; throws only when the store cannot be reached.
    public func send(_ request: SignableRequest, body: Data = Data(), payloadHash: String? = nil) async throws -> S3Response {
        var attempt = 1
        while true {
            try Task.checkCancellation()
            do {
                let response = try await sendOnce(request, body: body, payloadHash: payloadHash ?? SigV4Signer.sha256Hex(body))
                if RetryPolicy.isRetryable(status: response.status), attempt < retry.attempts {
                    try await pause(after: attempt)
                    attempt += 1
                    continue
                }
                return response
            } catch let error as CancellationError {
                throw error
            } catch {
                // AsyncHTTPClient already retries a refused connection until the connect timeout, so a
                // transport failure gets one more try, not the full count.
                guard attempt < min(retry.attempts, 2) else {
                    throw DeployError(.unreachable(address: "\(endpoint.scheme)://\(endpoint.authority)", why: Self.describe(error)))
                }
                try await pause(after: attempt)
                attempt += 1
            }
        }
    }

    /// Closes the connections; call once, when done.
    public func shutdown() async {
        try? await client.shutdown()
    }

    private func sendOnce(_ request: SignableRequest, body: Data, payloadHash: String) async throws -> S3Response {
        var signed = request
        signed.headers.removeAll { $0.name.lowercased() == "host" || $0.name.lowercased() == "x-amz-content-sha256" }
        signed.headers.append(("Host", endpoint.host))
        signed.headers.append(("x-amz-content-sha256", payloadHash))
        signer.sign(&signed, payloadHash: payloadHash, at: Date())
        var http = HTTPClientRequest(url: endpoint.url(for: signed))
        http.method = HTTPMethod(rawValue: signed.method)
        for (name, value) in signed.headers { http.headers.add(name: name, value: value) }
        if !body.isEmpty || ["PUT", "POST"].contains(signed.method) {
            http.body = .bytes(ByteBuffer(bytes: body))
        }
        counters.add(bytes: body.count)
        let response = try await client.execute(http, timeout: .seconds(120))
        var headers: [String: String] = [:]
        for header in response.headers { headers[header.name.lowercased()] = header.value }
        let collected = signed.method == "HEAD" ? ByteBuffer() : try await response.body.collect(upTo: 64 << 20)
        return S3Response(status: Int(response.status.code), headers: headers, body: Data(collected.readableBytesView))
    }

    private func pause(after attempt: Int) async throws {
        try await Task.sleep(nanoseconds: UInt64(retry.delay(after: attempt) * 1e9))
    }

    private static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        return text.count > 160 ? String(text.prefix(157)) + "…" : text
    }

    private final class Counters: @unchecked Sendable {
        private let lock = NSLock()
        private var requests = 0
        private var bytes = 0

        func add(bytes count: Int) {
            lock.lock()
            requests += 1
            bytes += count
            lock.unlock()
        }

        func read() -> (requests: Int, bytes: Int) {
            lock.lock()
            defer { lock.unlock() }
            return (requests, bytes)
        }
    }
}
