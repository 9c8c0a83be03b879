import ArgumentParser
import Casebook
import CasebookContent
import CasebookSupport
import Foundation

/// Reads site.yaml for `casebook deploy` and picks the target, printing diagnostics and exiting 2
/// when the configuration is unusable.
enum DeploySetup {
    static func resolve(source: String, target name: String?, console: Console) throws -> (SiteConfig, DeployTarget) {
        let read: (config: SiteConfig?, diagnostics: [Diagnostic])
        do {
            read = try SiteConfigFile.read(siteFolder: source)
        } catch {
            console.error(error)
            throw ExitCode(2)
        }
        console.report(read.diagnostics)
        guard let config = read.config, !read.diagnostics.hasErrors else {
            console.error(Message("deploy.siteErrors"))
            throw ExitCode(2)
        }
        guard let first = config.deploy.first else {
            console.error(Message("deploy.noTargets"))
            throw ExitCode(2)
        }
        guard let name else { return (config, first) }
        guard let chosen = config.deploy.first(where: { $0.name == name }) else {
            console.error(Message("deploy.noSuchTarget", ["name": "\(name)", "names": "\(config.deploy.map(\.name).joined(separator: ", "))"]))
            throw ExitCode(2)
        }
        return (config, chosen)
    }
}
