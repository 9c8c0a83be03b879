import ArgumentParser
import Casebook
import CasebookContent
import CasebookOutput
import CasebookPages
import CasebookSupport
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: Help.text("help.build.abstract"),
        discussion: Help.text("help.build.discussion")
    )

    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Option(name: [.short, .long], help: ArgumentHelp(Help.text("help.build.output"))) var output: String?
    @Option(help: ArgumentHelp(Help.text("help.build.baseURL"))) var baseURL: String?
    @Flag(help: ArgumentHelp(Help.text("help.build.drafts"))) var drafts = false
    @Flag(help: ArgumentHelp(Help.text("help.build.includeRecommended"))) var includeRecommended = false
    @Flag(help: ArgumentHelp(Help.text("help.build.force"))) var force = false
    @Flag(help: ArgumentHelp(Help.text("help.build.quiet"))) var quiet = false
    @OptionGroup var language: LanguageOption
    @Flag(help: ArgumentHelp(Help.text("help.build.timings")))
    var timings = false
    @Flag(help: ArgumentHelp(Help.text("help.build.noCache"))) var noCache = false

    func run() throws {
        let console = language.console(source: source, quiet: quiet)
        let start = DispatchTime.now()
        let outputPath = output ?? (source == "." ? "public" : source + "/public")
        do {
            try OutputTarget.vet(outputPath, source: source, force: force)
        } catch {
            console.error(error)
            throw ExitCode(2)
        }
        let interruption = OutputWriter.Interruption()
        let trap = InterruptTrap.stoppingBuild(interruption) { line in
            console.clearProgress()
            console.error(line)
        }
        defer { trap.cancel() }

        console.progress(Message("common.building", ["source": "\(source)"]))
        let options = BuildOptions(drafts: drafts, includeRecommended: includeRecommended, baseURL: baseURL, noCache: noCache)
        let result: SiteBuilder.Result
        let recorder = BuildTimings(enabled: timings)
        let cache = noCache ? nil : recorder.measure("cache read") { BuildCache.open(site: URL(fileURLWithPath: source).standardizedFileURL.path) }
        if let note = cache?.note { console.note(note) }
        do {
            result = try SiteBuilder(timings: recorder, cache: cache).build(source: source, output: outputPath, options: options, interruption: interruption)
        } catch let error as SiteError {
            console.clearProgress()
            console.error(error)
            throw ExitCode(2)
        } catch let error as OutputTarget.Refusal {
            console.clearProgress()
            console.error(error)
            throw ExitCode(2)
        } catch is OutputWriter.Interrupted {
            throw ExitCode(130)
        } catch {
            console.clearProgress()
            console.error(Message("build.cannotWrite", ["path": "\(outputPath)", "reason": .error(error)]))
            throw ExitCode(1)
        }
        console.clearProgress()
        console.report(result.diagnostics)
        do { try recorder.measure("cache save") { try cache?.save() } } catch {
            console.note(Message("cache.unsaved", ["error": "\(error)"]))
        }
        for note in result.notes { console.note(note) }
        guard let built = result.summary else {
            console.error(Message("common.nothingWritten", ["count": .message(Console.count(result.diagnostics))]))
            throw ExitCode(1)
        }
        if timings { FileHandle.standardError.write(Data(recorder.table.utf8)) }
        let kept: Message.Argument =
            built.kept > 0 ? .message(Message("build.kept", ["rendered": "\(built.pages - built.kept)", "count": "\(built.kept)"])) : ""
        let changes: Message.Argument =
            built.kept > 0 || built.written < built.files
            ? .message(Message("build.changes", ["written": "\(built.written)", "deleted": "\(built.deleted)"])) : ""
        let arguments: [String: Message.Argument] = [
            "pages": "\(built.pages)", "kept": kept, "others": "\(built.files - built.pages)", "path": "\(outputPath)", "time": "\(elapsed(since: start))",
            "changes": changes,
        ]
        console.say(Message("build.built", arguments))
    }
}
