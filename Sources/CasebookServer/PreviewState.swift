import Casebook
import CasebookOutput
import CasebookSupport
import Foundation

/// What the preview serves right now: the last good site, the status of the latest build, and
/// the open pages listening for changes, each with its address, so that each is told the version
/// of its own page. A failed rebuild changes the status but keeps the site.
actor PreviewState {
    /// What a listening page is sent.
    enum Event: Sendable, Equatable {
        /// The status after a build (and once when the page starts listening), told to one page.
        case status(BuildStatus)
        /// Nothing new; keeps the connection alive and finds pages that went away.
        case ping
    }

    /// A listening page: its stream and the request path of its address, as `location.pathname` gives it.
    private struct Listener {
        let continuation: AsyncStream<Event>.Continuation
        let path: String?
    }

    private(set) var site: ServedSite
    private(set) var status: BuildStatus
    private let basePath: BasePath
    /// The language the pages are told the problems in.
    private let language: Language
    private var listeners: [UUID: Listener] = [:]
    /// Differs between two runs of the server, so pages left open across a restart reload.
    private let runID: String
    private var generation = 0

    init(root: String, basePath: BasePath, language: Language) {
        runID = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        site = ServedSite(placeholderFor: root, version: runID + ".0", language: language)
        status = BuildStatus(version: site.version, ok: false)
        self.basePath = basePath
        self.language = language
    }

    /// Serves `output` from now on and tells the pages whose file changed to reload; returns the
    /// paths that changed.
    @discardableResult
    func publish(_ output: BuildOutput, root: String, timings: BuildTimings = .off) -> [String] {
        generation += 1
        let version = "\(runID).\(generation)", previous = site
        site = timings.measure("publish") { ServedSite(output, root: root, version: version, previous: previous) }
        update(BuildStatus(version: site.version, ok: true))
        return site.changed
    }

    /// The status as the page at request path `path` reads it (nil: no page named).
    func status(for path: String?) -> BuildStatus {
        status.telling(page: path.map { site.pageVersion(PageLookup($0, basePath: basePath, site: site)) })
    }

    /// Keeps serving the last good site and tells every page what went wrong.
    func fail(_ diagnostics: [Diagnostic]) {
        update(BuildStatus(version: site.version, ok: false, problems: diagnostics.map { BuildStatus.Problem($0, in: language) }))
    }

    /// A stream of events for the page at request path `path`, starting with the current status.
    func listen(path: String?) -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        listeners[id] = Listener(continuation: continuation, path: path)
        continuation.onTermination = { [weak self] _ in
            Task { await self?.forget(id) }
        }
        continuation.yield(.status(status(for: path)))
        return stream
    }

    /// Sends a ping to every page.
    func ping() {
        for listener in listeners.values { listener.continuation.yield(.ping) }
    }

    /// Ends every page's stream, so that shutting down does not wait for them.
    func closeAll() {
        for listener in listeners.values { listener.continuation.finish() }
        listeners = [:]
    }

    /// How many pages are listening.
    var listenerCount: Int { listeners.count }

    private func update(_ new: BuildStatus) {
        status = new
        for listener in listeners.values { listener.continuation.yield(.status(status(for: listener.path))) }
    }

    private func forget(_ id: UUID) {
        listeners[id] = nil
    }
}
