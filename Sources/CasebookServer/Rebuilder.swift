import Casebook
import CasebookSearch
import CasebookSupport
import Dispatch
import Foundation
import Synchronization

/// Builds the site into the preview's state: renders in memory with `SiteBuilder.render`, taking
/// the pages whose key is unchanged from the site served until now, then publishes the result
/// or, when it failed, keeps the last good site and publishes the problems.
struct Rebuilder: Sendable {
    let configuration: PreviewConfiguration
    let state: PreviewState
    let report: @Sendable (PreviewReport) -> Void
    /// What earlier rebuilds parsed and rendered, kept in memory for the whole session: a save
    /// reads and renders only the files that changed. It starts from the last build's cache on
    /// disk, which the preview reads but never writes.
    let cache: BuildCache
    /// The search index's base segment from the last good rebuild: the next one's index is a
    /// delta over it, so a save changes only the search files that hold what it changed.
    private let searchBase = Kept<SearchBase>()

    init(configuration: PreviewConfiguration, state: PreviewState, report: @escaping @Sendable (PreviewReport) -> Void) {
        self.configuration = configuration
        self.state = state
        self.report = report
        cache = BuildCache.open(site: URL(fileURLWithPath: configuration.source).standardizedFileURL.path)
    }

    /// The site folder as an absolute path.
    var root: String { URL(fileURLWithPath: configuration.source).standardizedFileURL.path }

    /// One build. Throws only when the site cannot be read at all (no site.yaml) on the first
    /// build; on later builds that becomes a problem shown in the browser.
    func rebuild(first: Bool) async throws {
        let started = DispatchTime.now()
        let result: SiteBuilder.Result
        let previous = await state.site.output
        let timings = BuildTimings(enabled: configuration.timings)
        do {
            result = try await Self.offPool { [configuration, cache, searchBase] in
                try SiteBuilder(timings: timings, cache: cache).render(
                    source: configuration.source, options: configuration.options, previous: previous, searchBase: searchBase.value)
            }
        } catch {
            if first { throw error }
            let problem = Diagnostic(
                .error, "CB0004", Message("serve.unreadable", ["reason": .error(error)]), file: "site.yaml",
                hint: Message("serve.unreadable.hint"))
            await state.fail([problem])
            report(.failed(diagnostics: [problem], seconds: Self.seconds(since: started)))
            return
        }
        if let output = result.output {
            searchBase.value = result.searchBase
            let changed = await state.publish(output, root: root, timings: timings)
            report(.built(pages: output.pageCount, seconds: Self.seconds(since: started), warnings: result.diagnostics, first: first))
            if configuration.timings { report(.timings(table: timings.table, changed: changed.count)) }
        } else {
            await state.fail(result.diagnostics)
            report(.failed(diagnostics: result.diagnostics, seconds: Self.seconds(since: started)))
        }
    }

    /// Runs blocking work (scanning the files; reading and rendering the whole site, which spreads
    /// itself over every core) on a queue of its own, so that it never holds a thread of Swift's
    /// cooperative pool, which on two cores also serves every request. A serial queue of its own
    /// gets a thread even when the global queues are busy.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    private static let queue = DispatchQueue(label: "casebook.serve.build", qos: .userInitiated)

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// A value the rebuilds hand on to each other, read and replaced under a lock.
private final class Kept<Value: Sendable>: Sendable {
    private let stored = Mutex<Value?>(nil)

    var value: Value? {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }
}
