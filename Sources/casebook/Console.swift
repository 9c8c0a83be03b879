import Casebook
import CasebookSupport
import Foundation

/// Terminal output in the chosen language: colour and progress only on a terminal, nothing but errors with --quiet.
struct Console {
    /// The label before a summary or failure line.
    enum Label: String {
        case ok, error, warning, dryRun, note

        var colour: String {
            switch self {
            case .error: "\u{1B}[31m"
            case .warning: "\u{1B}[33m"
            case .ok, .dryRun: "\u{1B}[32m"
            case .note: "\u{1B}[36m"
            }
        }
    }

    /// Where a report goes.
    enum Stream {
        case standardOutput, standardError

        var handle: FileHandle { self == .standardOutput ? .standardOutput : .standardError }
        var isTerminal: Bool { isatty(self == .standardOutput ? STDOUT_FILENO : STDERR_FILENO) == 1 }
    }

    let quiet: Bool
    /// The language every line is written in.
    let language: Language
    private let colours = ProcessInfo.processInfo.environment["CI"] == nil && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    var isTerminal: Bool { colours && Stream.standardError.isTerminal }

    /// A transient status line, overwritten by the next one (terminal only).
    func progress(_ message: Message) {
        guard isTerminal, !quiet else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text(message))".utf8))
    }

    func clearProgress() {
        guard isTerminal, !quiet else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// A line on standard output unless quiet.
    func say(_ message: Message) {
        guard !quiet else { return }
        write(text(message) + "\n", to: .standardOutput)
    }

    /// `message` in the console's language.
    func text(_ message: Message) -> String { message.text(in: language) }

    /// Diagnostics as compiler output, one per line, coloured by severity on a terminal.
    func report(_ diagnostics: [Diagnostic], to stream: Stream = .standardError) {
        let colour = colours && stream.isTerminal
        var text = ""
        for diagnostic in diagnostics where !(quiet && diagnostic.severity == .warning) {
            var line = diagnostic.formatted(in: language)
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
    func summary(_ label: Label, _ message: Message, to stream: Stream) {
        let colour = colours && stream.isTerminal
        let word = text(Message("label." + label.rawValue))
        let shown: Message.Argument = colour ? "\(label.colour)\(word)\u{1B}[0m" : "\(word)"
        write(text(Message("label.line", ["label": shown, "text": .message(message)])) + "\n", to: stream)
    }

    /// A failure line on standard error.
    func error(_ message: Message) {
        summary(.error, message, to: .standardError)
    }

    /// A thrown error on standard error, in the console's language when it has a message.
    func error(_ failure: any Error) {
        write(failure, as: .error)
    }

    /// A thrown error after `label:` on standard error.
    func write(_ failure: any Error, as label: Label) {
        summary(label, Message("untranslated", ["text": .error(failure)]), to: .standardError)
    }

    /// A `note:` line on standard error, unless quiet: something worth knowing that needs no action.
    func note(_ message: Message) {
        guard !quiet else { return }
        summary(.note, message, to: .standardError)
    }

    /// The report of `casebook check --format json`: every diagnostic and the totals, keys sorted.
    static func json(_ diagnostics: [Diagnostic], strict: Bool, failed: Bool, language: Language) -> String {
        let counts = diagnostics.counts
        let entries: [[String: Any]] = diagnostics.map { diagnostic in
            [
                "file": diagnostic.file, "line": diagnostic.line, "column": diagnostic.column, "severity": diagnostic.severity.rawValue,
                "code": diagnostic.code, "message": diagnostic.problem.text(in: language),
                "hint": diagnostic.remedy.map { $0.text(in: language) } ?? NSNull(),
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
    static func count(_ diagnostics: [Diagnostic]) -> Message {
        let (errors, warnings) = diagnostics.counts
        return Message("count.summary", ["errors": .message(.counted("count.errors", errors)), "warnings": .message(.counted("count.warnings", warnings))])
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
