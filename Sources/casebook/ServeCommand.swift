import ArgumentParser
import Casebook
import CasebookPages
import CasebookServer
import CasebookSupport
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Help.text("help.serve.abstract"),
        discussion: Help.text("help.serve.discussion")
    )

    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Option(help: ArgumentHelp(Help.text("help.serve.host"))) var host = "127.0.0.1"
    @Option(help: ArgumentHelp(Help.text("help.serve.port"))) var port = 8000
    @Option(help: ArgumentHelp(Help.text("help.serve.basePath"))) var basePath = "/"
    @Flag(help: ArgumentHelp(Help.text("help.serve.drafts"))) var drafts = false
    @Flag(help: ArgumentHelp(Help.text("help.serve.includeRecommended"))) var includeRecommended = false
    @Flag(help: ArgumentHelp(Help.text("help.serve.timings"))) var timings = false
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError(Message("serve.badPort").text(in: language.resolve(source: source))) }
    }

    func run() async throws {
        let console = language.console(source: source)
        let server: PreviewServer
        do {
            let basePath = try BasePath(basePath)
            let options = BuildOptions(
                drafts: drafts, includeRecommended: includeRecommended,
                baseURL: "http://\(PreviewServer.hostInURL(host)):\(port)\(basePath)")
            let configuration = PreviewConfiguration(
                source: source, host: host, port: port, basePath: basePath, options: options, timings: timings,
                language: console.language)
            server = PreviewServer(configuration: configuration) { report in ServeReport.print(report, on: console) }
            if !configuration.isLoopback {
                console.summary(.warning, Message("serve.exposed", ["host": "\(host)"]), to: .standardError)
            }
            console.progress(Message("common.building", ["source": "\(source)"]))
            try await server.run()
        } catch let error as PreviewError {
            console.error(error)
            throw ExitCode(2)
        } catch let error as CancellationError {
            throw error
        } catch {
            console.clearProgress()
            console.error(error)
            throw ExitCode(2)
        }
    }
}

/// How `casebook serve` tells what happens, one line per event.
enum ServeReport {
    static func print(_ report: PreviewReport, on console: Console) {
        console.clearProgress()
        switch report {
        case .built(let pages, let seconds, let warnings, let first):
            console.report(warnings)
            let counted: Message.Argument = warnings.isEmpty ? "" : .message(Message("serve.warnings", ["count": .message(Console.count(warnings))]))
            let time = String(format: "%.2f s", seconds)
            say(Message(first ? "serve.built" : "serve.rebuilt", ["pages": "\(pages)", "time": "\(time)", "warnings": counted]), on: console)
        case .failed(let diagnostics, _):
            console.report(diagnostics)
            console.error(Message("serve.failed", ["count": .message(Console.count(diagnostics))]))
        case .timings(let table, let changed):
            FileHandle.standardError.write(Data((table + console.text(Message("serve.timings.changed", ["count": "\(changed)"])) + "\n").utf8))
        case .changed(let paths):
            let first: Message.Argument = "\(paths.prefix(3).joined(separator: ", "))"
            let shown = paths.count > 3 ? .message(Message("serve.more", ["shown": first, "count": "\(paths.count - 3)"])) : first
            say(Message("serve.changed", ["paths": shown]), on: console)
        case .listening(let url):
            say(Message("serve.listening", ["url": "\(url)"]), on: console)
        case .stopped:
            say(Message("serve.stopped"), on: console)
        }
    }

    /// A line on standard output, written at once: the output may be a pipe, read while serving.
    static func say(_ message: Message, on console: Console) {
        FileHandle.standardOutput.write(Data((console.text(message) + "\n").utf8))
    }
}
