import Foundation
import PackagePlugin

/// Compiles the default theme (`themes/default`) and the library's data files
/// (`Sources/Casebook/Resources`) into the binary, so one `casebook` executable
/// works on any site folder, wherever it is copied; and a build id, the hash of the target's
/// sources and those files, so a build knows whether pages were made by the same program.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let roots = [
            ("theme/", root.appending(path: "themes/default")),
            ("data/", root.appending(path: "Sources/Casebook/Resources")),
        ]
        var inputs: [URL] = []
        var arguments: [String] = []
        for (prefix, folder) in roots {
            for file in Self.files(under: folder) {
                inputs.append(file)
                let relative = String(file.path.dropFirst(folder.path.count + 1))
                arguments += [prefix + relative, file.path]
            }
        }
        // After `--`, the files the build id is made from (besides the embedded ones).
        let sources = (target as? SourceModuleTarget)?.sourceFiles(withSuffix: "swift").map(\.url.standardizedFileURL) ?? []
        let sorted = sources.sorted { $0.path < $1.path }
        inputs += sorted
        arguments += ["--"] + sorted.map(\.path)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding the default theme and data files, and the build id",
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
