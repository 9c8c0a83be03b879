import Foundation

/// Runs the real `casebook` executable, for tests of what only a process can show: exit codes,
/// signals, and a build killed halfway.
enum CasebookProcess {
    /// The `casebook` executable built next to this test bundle; built on demand when it is missing.
    static let executable = built("casebook")
    /// `casebook-build-harness` (Tests/BuildHarness): a build paused at one moment of the write.
    static let harness = built("casebook-build-harness")

    /// The product `name` built next to this test bundle; built on demand when it is missing.
    static func built(_ name: String) -> URL? {
        let manager = FileManager.default
        var candidates: [URL] = []
        for bundle in [Bundle.main.bundleURL, Bundle.main.executableURL].compactMap({ $0 }) {
            var folder = bundle.deletingLastPathComponent()
            for _ in 0..<3 {
                candidates.append(folder.appendingPathComponent(name))
                folder.deleteLastPathComponent()
            }
        }
        if let found = candidates.first(where: { manager.isExecutableFile(atPath: $0.path) }) { return found }
        // Not built with the tests (e.g. `swift build --target CasebookTests`): build it, in its own
        // scratch folder so that no lock held by the running test build is waited on.
        let scratch = Repository.root + "/.build-casebook-tests"
        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift", "build", "--product", name, "--scratch-path", scratch]
        build.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        build.standardOutput = FileHandle.nullDevice
        build.standardError = FileHandle.nullDevice
        guard (try? build.run()) != nil else { return nil }
        build.waitUntilExit()
        let built = URL(fileURLWithPath: scratch + "/debug/" + name)
        return manager.isExecutableFile(atPath: built.path) ? built : nil
    }

    /// What a finished process left.
    struct Outcome {
        let status: Int32
        let killedBySignal: Bool
        let output: String
        let errors: String
    }

    /// Starts `casebook arguments…` (or another of the package's executables); output is collected in files.
    static func start(_ arguments: [String], program: URL? = executable, in folder: String) throws -> (Process, () -> Outcome) {
        guard let executable = program else { throw TestFailure("the executable could not be found or built") }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { _, new in new }
        let out = NSTemporaryDirectory() + "casebook-out-" + UUID().uuidString
        let err = out + ".err"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        return (
            process,
            {
                process.waitUntilExit()
                defer {
                    try? FileManager.default.removeItem(atPath: out)
                    try? FileManager.default.removeItem(atPath: err)
                }
                return Outcome(
                    status: process.terminationStatus, killedBySignal: process.terminationReason == .uncaughtSignal,
                    output: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                    errors: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
            }
        )
    }

    /// Runs `casebook arguments…` to the end.
    static func run(_ arguments: [String], in folder: String) throws -> Outcome {
        try start(arguments, in: folder).1()
    }
}

/// Every file below `folder` with its bytes, hidden files included.
func snapshot(of folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
    while let path = walker.nextObject() as? String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
            files[path] = FileManager.default.contents(atPath: folder + "/" + path)
        }
    }
    return files
}

/// Waits until `condition` holds, checking every 20 ms, at most `timeout` seconds.
func waitUntil(timeout: Double = 30, _ condition: () -> Bool) -> Bool {
    let end = Date(timeIntervalSinceNow: timeout)
    while Date() < end {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.02)
    }
    return condition()
}
