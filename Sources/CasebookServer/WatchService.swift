import Foundation
import ServiceLifecycle

/// The service that keeps the preview current: looks at the site's files every poll interval,
/// waits until they stay still for the debounce interval, then rebuilds. It also pings open
/// pages now and then, and closes their event streams when the server shuts down.
struct WatchService: Service {
    let rebuilder: Rebuilder
    let watcher: SiteWatcher
    /// The snapshot the current site was built from.
    let baseline: SiteWatcher.Snapshot

    /// Pages are pinged this often, so that streams of closed pages end.
    static let pingInterval: Duration = .seconds(15)

    func run() async throws {
        let configuration = rebuilder.configuration
        var last = baseline
        var sincePing: Duration = .zero
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            try? await Task.sleep(for: configuration.pollInterval)
            sincePing += configuration.pollInterval
            if sincePing >= Self.pingInterval {
                sincePing = .zero
                await rebuilder.state.ping()
            }
            var current = try await scan()
            guard current != last else { continue }
            // Wait until the files stay still, so that a save of many files gives one rebuild.
            for _ in 0..<20 {
                try? await Task.sleep(for: configuration.debounce)
                let settled = try await scan()
                if settled == current { break }
                current = settled
            }
            if Task.isShuttingDownGracefully || Task.isCancelled { break }
            rebuilder.report(.changed(SiteWatcher.changes(from: last, to: current)))
            // The snapshot is taken before the build reads the files, so an edit made during the
            // build is seen by the next look and builds again.
            last = current
            try await rebuilder.rebuild(first: false)
        }
        await rebuilder.state.closeAll()
    }

    private func scan() async throws -> SiteWatcher.Snapshot {
        let watcher = self.watcher
        return try await Rebuilder.offPool { watcher.snapshot() }
    }
}
