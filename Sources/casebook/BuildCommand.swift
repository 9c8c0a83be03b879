import ArgumentParser
import Casebook
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into a folder of static files.",
        discussion: """
        Checks all content first; when anything is wrong, prints every problem and writes nothing,
        so the previous site stays as it was.

        Examples:
          casebook build
          casebook build --source ~/showcase --output /srv/www/showcase
          casebook build --base-url https://www.example.gov.cn/showcase/ --quiet
        """
    )

    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(help: "Where the built site goes, replaced as a whole (default: public/ inside the site folder).") var output: String?
    @Option(help: "The published address, for absolute URLs (overrides base_url in site.yaml).") var baseURL: String?
    @Flag(help: "Also publish entries marked draft: true.") var drafts = false
    @Flag(help: "Also publish cases with status: recommended.") var includeRecommended = false
    @Flag(help: "Print nothing but errors.") var quiet = false

    func run() throws {
        let console = Console(quiet: quiet)
        let start = DispatchTime.now()
        console.progress("Building \(source)…")
        let options = BuildOptions(drafts: drafts, includeRecommended: includeRecommended, baseURL: baseURL)
        let outputPath = output ?? (source == "." ? "public" : source + "/public")
        let result: SiteBuilder.Result
        do {
            result = try SiteBuilder().build(source: source, output: outputPath, options: options)
        } catch {
            console.clearProgress()
            console.error("\(error)")
            throw ExitCode(2)
        }
        console.clearProgress()
        console.report(result.diagnostics)
        guard let built = result.output else {
            console.error("\(Console.count(result.diagnostics)) — nothing was written")
            throw ExitCode(1)
        }
        console.say("Built \(built.pageCount) pages and \(built.files.count + built.copies.count - built.pageCount) other files into \(outputPath)/ in \(elapsed(since: start)). Open \(outputPath)/index.html or serve the folder.")
    }
}
