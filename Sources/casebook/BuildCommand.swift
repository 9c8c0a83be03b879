import ArgumentParser
import Casebook
import CasebookContent
import CasebookSupport
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into a folder of static files.",
        discussion: """
            Checks all content first; when anything is wrong, prints every problem and writes nothing, so the previous site stays as it was. Otherwise writes the new site beside the output folder and swaps it into place in one step; a rebuild renders only the pages whose content changed and moves only the changed files into place, after writing them all beside it first. A build that fails, is interrupted (Ctrl-C) or is killed never leaves a half-written site (one killed while moving files is finished by the next build). Files added to the output folder by hand survive rebuilds; delete the folder for a build from scratch.

            The output folder is replaced as a whole, so casebook refuses folders it must not replace: the site folder or a folder containing it, content/ or themes/, /, your home folder, and a folder holding files casebook did not write (unless --force).

            Exit code: 0 built, 1 content errors (nothing written), 2 a wrong command or output folder, 130 interrupted.

            Examples:
              casebook build
              casebook build --source ~/showcase --output /srv/www/showcase
              casebook build --base-url https://www.example.gov.cn/showcase/ --quiet
              casebook build --timings          # where the time goes, phase by phase
            """
    )

    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(name: [.short, .long], help: "Where the built site goes, replaced as a whole (default: public/ inside the site folder).") var output: String?
    @Option(help: "The published address, for absolute URLs (overrides base_url in site.yaml).") var baseURL: String?
    @Flag(help: "Also publish entries marked draft: true.") var drafts = false
    @Flag(help: "Also publish cases with status: recommended.") var includeRecommended = false
    @Flag(help: "Replace the output folder even if it holds files casebook did not write.") var force = false
    @Flag(help: "Print nothing but errors.") var quiet = false
    @OptionGroup var language: LanguageOption
    @Flag(help: "After the build, print the wall and CPU time of each phase (load, validate, markdown, search index, pages, write …) to standard error.")
    var timings = false

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
        let options = BuildOptions(drafts: drafts, includeRecommended: includeRecommended, baseURL: baseURL)
        let result: SiteBuilder.Result
        let recorder = BuildTimings(enabled: timings)
        do {
            result = try SiteBuilder(timings: recorder).build(source: source, output: outputPath, options: options, interruption: interruption)
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
            console.error(Message("build.cannotWrite", ["path": "\(outputPath)", "reason": Console.reason(error)]))
            throw ExitCode(1)
        }
        console.clearProgress()
        console.report(result.diagnostics)
        guard let built = result.summary else {
            console.error(Message("common.nothingWritten", ["count": .message(Console.count(result.diagnostics))]))
            throw ExitCode(1)
        }
        if timings { FileHandle.standardError.write(Data(recorder.table.utf8)) }
        let kept: Message.Argument = built.kept > 0 ? .message(Message("build.kept", ["count": "\(built.kept)"])) : ""
        let arguments: [String: Message.Argument] = [
            "pages": "\(built.pages)", "kept": kept, "others": "\(built.files - built.pages)", "path": "\(outputPath)", "time": "\(elapsed(since: start))",
        ]
        console.say(Message("build.built", arguments))
    }
}
