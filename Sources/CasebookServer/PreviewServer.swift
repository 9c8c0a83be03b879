import Casebook
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `casebook serve`: builds the site in memory, serves it under its base path, rebuilds on every
/// save and reloads open pages. Use `start()` then `application()`, or `run()` for both.
public struct PreviewServer: Sendable {
    /// What the server was asked for.
    public let configuration: PreviewConfiguration
    let state: PreviewState
    let rebuilder: Rebuilder
    let watcher: SiteWatcher

    /// A server for `configuration`; `report` is told about builds and the listening address.
    public init(configuration: PreviewConfiguration, report: @escaping @Sendable (PreviewReport) -> Void = { _ in }) {
        self.configuration = configuration
        let root = URL(fileURLWithPath: configuration.source).standardizedFileURL.path
        state = PreviewState(root: root, basePath: configuration.basePath, language: configuration.language)
        rebuilder = Rebuilder(configuration: configuration, state: state, report: report)
        watcher = SiteWatcher(root: root)
    }

    /// Builds the site once, before any request, and returns the file snapshot the build saw.
    /// Throws when there is no site to read (no site.yaml); content errors are shown in the
    /// browser instead, and the server starts anyway.
    public func start() async throws -> Baseline {
        let watcher = self.watcher
        // Events first, so that no save between the snapshot and the watch goes unseen.
        let events = FileEvents(root: watcher.root, folders: SiteWatcher.watchedFolders)
        let snapshot = try await Rebuilder.offPool { watcher.snapshot() }
        try await rebuilder.rebuild(first: true)
        return Baseline(snapshot: snapshot, events: events)
    }

    /// The Hummingbird application: the responder, and the watcher as one of its services.
    public func application(from baseline: Baseline) -> some ApplicationProtocol {
        var logger = Logger(label: "casebook.serve")
        logger.logLevel = .warning
        let report = rebuilder.report
        let url = "http://\(Self.hostInURL(configuration.host))"
        let basePath = configuration.basePath.value
        return Application(
            responder: PreviewResponder(state: state, basePath: configuration.basePath, language: configuration.language),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            services: [WatchService(rebuilder: rebuilder, watcher: watcher, baseline: baseline.snapshot, events: baseline.events)],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                report(.listening(url: "\(url):\(port)\(basePath)"))
            },
            logger: logger
        )
    }

    /// Checks the port, builds, serves until SIGINT or SIGTERM, then shuts down gracefully:
    /// open pages' event streams are closed and requests in flight are finished.
    public func run() async throws {
        try PortCheck.ensureFree(host: configuration.host, port: configuration.port)
        let baseline = try await start()
        var logger = Logger(label: "casebook.serve")
        logger.logLevel = .warning
        let group = ServiceGroup(
            configuration: .init(
                services: [application(from: baseline)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            ))
        do {
            try await group.run()
        } catch {
            throw Self.explain(error, host: configuration.host, port: configuration.port)
        }
        rebuilder.report(.stopped)
    }

    /// The file snapshot that the first build saw, which the watcher compares later ones with,
    /// and the kernel's change events, which tell it when to look (nil: it polls).
    public struct Baseline: Sendable {
        let snapshot: SiteWatcher.Snapshot
        let events: FileEvents?
    }

    /// The host as a URL names it: an IPv6 address in brackets, and 0.0.0.0 or :: (every
    /// address) as the loopback address, which reaches the server from this machine.
    public static func hostInURL(_ host: String) -> String {
        switch host {
        case "0.0.0.0": return "127.0.0.1"
        case "::": return "[::1]"
        default: return host.contains(":") ? "[\(host)]" : host
        }
    }

    /// A bind failure that slipped past the port check (another server started in between).
    private static func explain(_ error: any Error, host: String, port: Int) -> any Error {
        let text = "\(error)"
        if text.contains("Address already in use") || text.contains("EADDRINUSE") { return PreviewError.portTaken(host: host, port: port) }
        if text.lowercased().contains("bind") { return PreviewError.cannotListen(host: host, port: port, reason: text) }
        return error
    }
}
