import ArgumentParser
import Casebook
import CasebookSupport

struct CasebookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: "Build the showcase of typical cases and outstanding regions as a static site.",
        discussion: """
            A site folder holds site.yaml, content/ (cases, regions, pages, media) and optionally themes/.

            Examples:
              casebook build                      build ./ into ./public
              casebook build --source mysite      build another site folder
              casebook check                      find every content mistake without writing
              casebook new site myshowcase        start a site folder with a sample case
              casebook export summary --year 2022 --format xlsx
                                                  the 推荐汇总表 of 2022 as an Excel workbook
              casebook serve                      preview at http://127.0.0.1:8000/, rebuilt on every save
              casebook book --pdf book.pdf        the compilation book (案例汇编) as HTML and PDF
              casebook deploy --dry-run           what would change on the deploy target (docs/deploy.md)
            """,
        version: CasebookVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, VerifyCommand.self, NewCommand.self, ExportCommand.self, ImportCommand.self, ServeCommand.self,
            BookCommand.self, CleanCommand.self,
            DeployCommand.self,
        ]
    )
}
