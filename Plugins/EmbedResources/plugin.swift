import Foundation
import PackagePlugin

/// Compiles the files a target owns into the binary, so one `casebook` executable works on any site
/// folder, wherever it is copied: the default theme (`themes/default`, as `theme/…`) into the theme
/// target, the data files (`Resources/`, as `data/…`) into the content target, the message
/// catalogues (`Resources/messages`, as `messages/…`) into the support target. Into the build target
/// it writes the build id instead: the hash of the sources of the target and of every target below
/// it, and of every embedded file, so a build knows whether pages were made by the same program.
@main
struct EmbedResources: BuildToolPlugin {
    /// The folders each target embeds, by name prefix, relative to the package.
    static let embedded: [String: [(prefix: String, folder: String)]] = [
        "CasebookSupport": [("messages/", "Sources/CasebookSupport/Resources/messages")],
        "CasebookContent": [("data/", "Sources/CasebookContent/Resources")],
        "CasebookTheme": [("theme/", "themes/default")],
    ]
    /// The target that holds `BuildID`.
    static let identified = "Casebook"

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        var arguments: [String] = []
        for (prefix, folder) in Self.embedded[target.name] ?? [] {
            let folderURL = root.appending(path: folder)
            for file in Self.files(under: folderURL) {
                inputs.append(file)
                let relative = String(file.path.dropFirst(folderURL.path.count + 1))
                arguments += [prefix + relative, file.path]
            }
        }
        if target.name == Self.identified {
            // After `--`, the files the build id is made from: every source below and every embedded file.
            let targets = [target] + target.recursiveTargetDependencies
            var hashed = targets.compactMap { $0 as? SourceModuleTarget }.flatMap { $0.sourceFiles(withSuffix: "swift").map(\.url.standardizedFileURL) }
            for name in targets.map(\.name) {
                for (_, folder) in Self.embedded[name] ?? [] { hashed += Self.files(under: root.appending(path: folder)) }
            }
            let sorted = hashed.sorted { $0.path < $1.path }
            inputs += sorted
            arguments += ["--"] + sorted.map(\.path)
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding the resources of \(target.name)",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [output.path] + arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// Every regular file below `folder`, sorted so the generated source is stable.
    static func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in walker {
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            if isFile, !url.lastPathComponent.hasPrefix(".") { found.append(url.standardizedFileURL) }
        }
        return found.sorted { $0.path < $1.path }
    }
}
