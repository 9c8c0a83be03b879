import Foundation
import ServiceLifecycle

/// The service that keeps the preview current: told by the kernel that a file changed (or,
/// without that, looking at the site's files every poll interval), it waits until they stay
/// still for the debounce interval, then rebuilds. It also pings open pages now and then, and
/// closes their event streams when the server shuts down.
struct WatchService: Service {
    let rebuilder: Rebuilder
    let watcher: SiteWatcher
    /// The snapshot the current site was built from.
    let baseline: SiteWatcher.Snapshot
    /// The kernel's change events; nil to poll.
    let events: FileEvents?

    /// Pages are pinged this often, so that streams of closed pages end.
    static let pingInterval: Duration = .seconds(15)
    /// How often waiting events are read: reading them costs nothing when there are none.
    static let eventInterval: Duration = .milliseconds(20)
    /// With events, the files are still looked at this often, in case an event was lost.
    static let rescanInterval: Duration = .seconds(5)

    func run() async throws {
        let configuration = rebuilder.configuration
        let interval = events == nil ? configuration.pollInterval : Self.eventInterval
        var last = baseline
        var sincePing: Duration = .zero, sinceScan: Duration = .zero
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            try? await Task.sleep(for: interval)
            sincePing += interval
            sinceScan += interval
            if sincePing >= Self.pingInterval {
                sincePing = .zero
                await rebuilder.state.ping()
            }
            if let events, !events.take(), sinceScan < Self.rescanInterval { continue }
            sinceScan = .zero
            var current = try await scan()
            guard current != last else { continue }
            // Wait until the files stay still, so that a save of many files gives one rebuild.
            for _ in 0..<20 {
                try? await Task.sleep(for: configuration.debounce)
                if let events, !events.take() { break }
                let settled = try await scan()
                if settled == current, events == nil { break }
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
