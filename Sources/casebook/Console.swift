import Casebook
import Foundation

/// Terminal output: colour and progress only on a terminal, nothing but errors with --quiet.
struct Console {
    let quiet: Bool
    let isTerminal = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
        && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// A transient status line, overwritten by the next one (terminal only).
    func progress(_ text: String) {
        guard isTerminal, !quiet else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    func clearProgress() {
        guard isTerminal, !quiet else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// A line on standard output unless quiet.
    func say(_ text: String) {
        guard !quiet else { return }
        print(text)
    }

    /// Diagnostics on standard error, coloured by severity on a terminal.
    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where !(quiet && diagnostic.severity == .warning) {
            var line = diagnostic.formatted
            if isTerminal {
                let colour = diagnostic.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
                let label = "\(diagnostic.severity.rawValue)[\(diagnostic.code)]"
                line = line.replacingOccurrences(of: label, with: "\(colour)\(label)\u{1B}[0m")
            }
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    /// `2 errors, 1 warning`.
    static func count(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    func error(_ text: String) {
        let prefix = isTerminal ? "\u{1B}[31merror:\u{1B}[0m" : "error:"
        FileHandle.standardError.write(Data("\(prefix) \(text)\n".utf8))
    }
}

/// Seconds since `start`, for summaries.
func elapsed(since start: DispatchTime) -> String {
    String(format: "%.2f s", Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
}
