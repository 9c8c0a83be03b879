import ArgumentParser
import Casebook
import CasebookServer
import CasebookSupport
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser; every save rebuilds it and reloads open pages.",
        discussion: """
            Builds the site in memory (nothing is written to disk) and serves it on
            this machine only, under the same sub-path as on the real host. Saving a
            file under content/ or themes/, or site.yaml, rebuilds the site and
            reloads the pages open in the browser. When a rebuild fails, the problems
            are printed here and shown over the open pages, which keep showing the
            last good build. Stop with Ctrl-C.

            Examples:
              casebook serve
                  serves ./ at http://127.0.0.1:8000/
              casebook serve --base-path /showcase/
                  serves at http://127.0.0.1:8000/showcase/, as on the portal
              casebook serve --source ~/showcase --port 8080 --drafts
                  another site folder and port, drafts included
            """
    )

    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(help: "The address to listen on. Keep 127.0.0.1 unless others must see the preview.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8000
    @Option(help: "Serve the site under this sub-path, as the real host does (e.g. /showcase/).") var basePath = "/"
    @Flag(help: "Also show entries marked draft: true.") var drafts = false
    @Flag(help: "Also show cases with status: recommended.") var includeRecommended = false
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError(Message("serve.badPort").text(in: language.resolve())) }
    }

    func run() async throws {
        let console = language.console(source: source)
        let server: PreviewServer
        do {
            let basePath = try BasePath(basePath)
            let options = BuildOptions(
                drafts: drafts, includeRecommended: includeRecommended,
                baseURL: "http://\(PreviewServer.hostInURL(host)):\(port)\(basePath)")
            let configuration = PreviewConfiguration(source: source, host: host, port: port, basePath: basePath, options: options)
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
