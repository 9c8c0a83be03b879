import ArgumentParser
import Casebook
import CasebookServer
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
              casebook serve --timings
                  after each rebuild, where its time went, phase by phase
            """
    )

    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(help: "The address to listen on. Keep 127.0.0.1 unless others must see the preview.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8000
    @Option(help: "Serve the site under this sub-path, as the real host does (e.g. /showcase/).") var basePath = "/"
    @Flag(help: "Also show entries marked draft: true.") var drafts = false
    @Flag(help: "Also show cases with status: recommended.") var includeRecommended = false
    @Flag(help: "After each build, print the time of each phase and how many files changed.") var timings = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
    }

    func run() async throws {
        let console = Console(quiet: false)
        let server: PreviewServer
        do {
            let basePath = try BasePath(basePath)
            let options = BuildOptions(
                drafts: drafts, includeRecommended: includeRecommended,
                baseURL: "http://\(PreviewServer.hostInURL(host)):\(port)\(basePath)")
            let configuration = PreviewConfiguration(
                source: source, host: host, port: port, basePath: basePath, options: options, timings: timings)
            server = PreviewServer(configuration: configuration) { report in ServeReport.print(report, on: console) }
            if !configuration.isLoopback {
                ServeReport.warn("serving on \(host): anyone who can reach this machine can read the preview.")
            }
            console.progress("Building \(source)…")
            try await server.run()
        } catch let error as PreviewError {
            console.error(error.description)
            throw ExitCode(2)
        } catch let error as CancellationError {
            throw error
        } catch {
            console.clearProgress()
            console.error("\(error)")
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
            say(
                "\(first ? "Built" : "Rebuilt") \(pages) pages in \(String(format: "%.2f s", seconds))\(warnings.isEmpty ? "" : " (\(Console.count(warnings)))")."
            )
        case .failed(let diagnostics, _):
            console.report(diagnostics)
            console.error("\(Console.count(diagnostics)) — still serving the last good build; the open pages show the problems.")
        case .timings(let table, let changed):
            FileHandle.standardError.write(Data((table + "\(changed) served files changed.\n").utf8))
        case .changed(let paths):
            let shown = paths.prefix(3).joined(separator: ", ") + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
            say("Changed: \(shown)")
        case .listening(let url):
            say("Serving \(url) — press Ctrl-C to stop.")
        case .stopped:
            say("Stopped.")
        }
    }

    /// A line on standard output, written at once: the output may be a pipe, read while serving.
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data("warning: \(text)\n".utf8))
    }
}
