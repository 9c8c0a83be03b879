import Casebook
import CasebookSupport
import Foundation

/// What the preview serves right now: the last good site, the status of the latest build, and
/// the open pages listening for changes. A failed rebuild changes the status but keeps the site.
actor PreviewState {
    /// What a listening page is sent.
    enum Event: Sendable, Equatable {
        /// The status after a build (and once when the page starts listening).
        case status(BuildStatus)
        /// Nothing new; keeps the connection alive and finds pages that went away.
        case ping
    }

    private(set) var site: ServedSite
    private(set) var status: BuildStatus
    private var listeners: [UUID: AsyncStream<Event>.Continuation] = [:]
    /// Differs between two runs of the server, so pages left open across a restart reload.
    private let runID: String
    private var generation = 0

    init(root: String) {
        site = ServedSite(placeholderFor: root)
        status = BuildStatus(version: site.version, ok: false)
        runID = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    }

    /// Serves `output` from now on and tells every page to reload.
    func publish(_ output: BuildOutput, root: String) {
        generation += 1
        site = ServedSite(output, root: root, version: "\(runID).\(generation)")
        update(BuildStatus(version: site.version, ok: true))
    }

    /// Keeps serving the last good site and tells every page what went wrong.
    func fail(_ diagnostics: [Diagnostic]) {
        update(BuildStatus(version: site.version, ok: false, problems: diagnostics.map(BuildStatus.Problem.init)))
    }

    /// A stream of events for one page, starting with the current status.
    func listen() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.forget(id) }
        }
        continuation.yield(.status(status))
        return stream
    }

    /// Sends a ping to every page.
    func ping() {
        for listener in listeners.values { listener.yield(.ping) }
    }

    /// Ends every page's stream, so that shutting down does not wait for them.
    func closeAll() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    /// How many pages are listening.
    var listenerCount: Int { listeners.count }

    private func update(_ new: BuildStatus) {
        status = new
        for listener in listeners.values { listener.yield(.status(new)) }
    }

    private func forget(_ id: UUID) {
        listeners[id] = nil
    }
}
