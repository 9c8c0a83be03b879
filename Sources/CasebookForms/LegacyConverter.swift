import Foundation

/// Converts .doc, .wps, .odt and .rtf forms to .docx with LibreOffice headless (`soffice --convert-to
/// docx`), all of a run's files in one call because starting LibreOffice is the slow part. It runs with a
/// throw-away profile, so a LibreOffice the user has open is neither disturbed nor blocking.
public struct LegacyConverter: Sendable {
    /// The extensions converted before reading.
    public static let extensions: Set<String> = ["doc", "wps", "odt", "rtf"]
    /// The Debian package that provides `soffice` without a desktop.
    public static let package = "libreoffice-writer-nogui"

    /// Where `soffice` is, or nil when LibreOffice is not installed.
    public let executable: String?

    /// Looks for `soffice` (or `libreoffice`) on the `PATH` of `environment` and in the usual install folders.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let candidates =
            folders.flatMap { ["\($0)/soffice", "\($0)/libreoffice"] }
            + ["/usr/lib/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
        executable = candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A converter that uses `executable` as it is (nil: not installed).
    public init(executable: String?) { self.executable = executable }

    /// The .docx bytes of each file by path, or why it could not be converted.
    func convert(_ files: [String]) -> [String: Result<[UInt8], FormFailure>] {
        guard !files.isEmpty else { return [:] }
        guard let executable else {
            let failure = FormFailure(.needsLibreOffice, path: files.joined(separator: ", "))
            return Dictionary(uniqueKeysWithValues: files.map { ($0, .failure(failure)) })
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-forms-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("in"), output = work.appendingPathComponent("out")
        var copies: [String] = []
        do {
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            for (index, file) in files.enumerated() {
                let copy = input.appendingPathComponent("form-\(index).\((file as NSString).pathExtension.lowercased())")
                try FileManager.default.copyItem(atPath: file, toPath: copy.path)
                copies.append(copy.path)
            }
        } catch {
            let failure = FormFailure(.conversionSetup(error.localizedDescription), path: files.joined(separator: ", "))
            return Dictionary(uniqueKeysWithValues: files.map { ($0, .failure(failure)) })
        }
        let finished = run(
            executable,
            [
                "--headless", "--norestore", "-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)",
                "--convert-to", "docx", "--outdir", output.path,
            ] + copies, timeout: 60 + 20 * Double(files.count))
        var results: [String: Result<[UInt8], FormFailure>] = [:]
        for (index, file) in files.enumerated() {
            if let data = FileManager.default.contents(atPath: output.appendingPathComponent("form-\(index).docx").path) {
                results[file] = .success([UInt8](data))
            } else {
                results[file] = .failure(FormFailure(finished ? .conversionFailed : .conversionTimedOut, path: file))
            }
        }
        return results
    }

    /// Runs the converter; false when it had to be stopped.
    private func run(_ executable: String, _ arguments: [String], timeout: Double) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do { try process.run() } catch { return false }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            done.wait()
            return false
        }
        return true
    }
}
