import Casebook
import CasebookSupport
import Foundation

/// Terminal output: colour and progress only on a terminal, nothing but errors with --quiet.
struct Console {
    /// Where a report goes.
    enum Stream {
        case standardOutput, standardError

        var handle: FileHandle { self == .standardOutput ? .standardOutput : .standardError }
        var isTerminal: Bool { isatty(self == .standardOutput ? STDOUT_FILENO : STDERR_FILENO) == 1 }
    }

    let quiet: Bool
    private let colours = ProcessInfo.processInfo.environment["CI"] == nil && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    var isTerminal: Bool { colours && Stream.standardError.isTerminal }

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
        write(text + "\n", to: .standardOutput)
    }

    /// Diagnostics as compiler output, one per line, coloured by severity on a terminal.
    func report(_ diagnostics: [Diagnostic], to stream: Stream = .standardError) {
        let colour = colours && stream.isTerminal
        var text = ""
        for diagnostic in diagnostics where !(quiet && diagnostic.severity == .warning) {
            var line = diagnostic.formatted
            if colour {
                let code = diagnostic.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
                let label = "\(diagnostic.severity.rawValue)[\(diagnostic.code)]"
                line = line.replacingOccurrences(of: label, with: "\(code)\(label)\u{1B}[0m")
            }
            text += line + "\n"
        }
        write(text, to: stream)
    }

    /// A summary or failure line: `error: …` in red, `ok: …` or `warning: …` as given.
    func summary(_ label: String, _ text: String, to stream: Stream) {
        let colour = colours && stream.isTerminal
        let code = label == "error" ? "\u{1B}[31m" : label == "warning" ? "\u{1B}[33m" : "\u{1B}[32m"
        write((colour ? "\(code)\(label):\u{1B}[0m" : "\(label):") + " \(text)\n", to: stream)
    }

    func error(_ text: String) {
        summary("error", text, to: .standardError)
    }

    /// A `note:` line on standard error, unless quiet: something worth knowing that needs no action.
    func note(_ text: String) {
        guard !quiet else { return }
        write("note: \(text)\n", to: .standardError)
    }

    /// The report of `casebook check --format json`: every diagnostic and the totals, keys sorted.
    static func json(_ diagnostics: [Diagnostic], strict: Bool, failed: Bool) -> String {
        let counts = diagnostics.counts
        let entries: [[String: Any]] = diagnostics.map { diagnostic in
            [
                "file": diagnostic.file, "line": diagnostic.line, "column": diagnostic.column, "severity": diagnostic.severity.rawValue,
                "code": diagnostic.code, "message": diagnostic.message, "hint": diagnostic.hint ?? NSNull(),
            ]
        }
        let report: [String: Any] = [
            "diagnostics": entries,
            "summary": ["errors": counts.errors, "warnings": counts.warnings, "strict": strict, "ok": !failed],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `2 errors, 1 warning`.
    static func count(_ diagnostics: [Diagnostic]) -> String {
        let (errors, warnings) = diagnostics.counts
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    func write(_ text: String, to stream: Stream) {
        guard !text.isEmpty else { return }
        stream.handle.write(Data(text.utf8))
    }
}

/// Seconds since `start`, for summaries.
func elapsed(since start: DispatchTime) -> String {
    String(format: "%.2f s", Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
}
