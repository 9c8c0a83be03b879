import CasebookOutput
import CasebookPages
import CasebookSearch
import CasebookSupport
import CasebookTheme
import Foundation

/// Turns a `Site` into the files of the built showcase, in memory and without I/O.
public struct Renderer: Sendable {
    let site: Site
    let theme: Theme
    let templates: Templates

    /// A renderer of `site` in `theme`, with the theme's templates parsed.
    public init(site: Site, theme: Theme, templates: Templates) {
        self.site = site
        self.theme = theme
        self.templates = templates
    }

    /// Every generated file and every media file to copy.
    public func render(timings: BuildTimings = .off) -> BuildOutput {
        render(bodies: nil, timings: timings)
    }

    /// The same, from `bodies` when the caller already rendered them (a build renders each body
    /// once, to check its links first), with `search` when the caller made the index. What the
    /// keys allow (`PageKey.allows`) is taken from `previous` instead of made: the preview renders
    /// only the pages an edit changed.
    func render(bodies: RenderedBodies?, search: SearchIndex? = nil, timings: BuildTimings = .off, previous: BuildOutput? = nil) -> BuildOutput {
        let collected = Collected()
        var keeper: Keeper<Never>?
        if let previous {
            let earlier = Dictionary(previous.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            keeper = Keeper(
                page: { path, model, inputs in
                    guard let key = previous.keys[path], key.allows(model: model, inputs: inputs), let file = earlier[path] else { return false }
                    collected.append(file, key: PageKey(model: key.model, inputs: inputs))
                    return true
                },
                files: { inputs in
                    let recorded = previous.keys.filter { $0.value.inputs == inputs }
                    var kept: Set<String> = []
                    for (path, key) in recorded {
                        guard let file = earlier[path] else { continue }
                        collected.append(file, key: key)
                        kept.insert(path)
                    }
                    return (kept, !recorded.isEmpty && kept.count == recorded.count)
                })
        }
        produce(bodies: bodies, search: search, timings: timings, keep: keeper) { file, key in collected.append(file, key: key) }
        let (files, keys) = collected.contents
        return BuildOutput(files: files.sorted { $0.path < $1.path }, copies: mediaCopies, keys: keys)
    }

    /// What a render may keep of the previous build instead of making it again.
    struct Keeper<E: Error>: Sendable {
        /// Keeps the page at `path` when its recorded key allows the model hash `model` (nil: the
        /// model was not made) and the inputs hash `inputs`; true when it was kept.
        let page: @Sendable (_ path: String, _ model: String?, _ inputs: String?) throws(E) -> Bool
        /// Keeps every file recorded under the inputs hash (the files made beside the pages);
        /// returns the paths kept, and whether they are all that were recorded, at least one.
        let files: @Sendable (_ inputs: String) throws(E) -> (kept: Set<String>, complete: Bool)
    }

    /// Makes every generated file and hands each to `emit` as soon as it is made, from any render
    /// thread, so that a build can write pages while others are still rendering; each goes with
    /// its key. When `keep` is given, it is asked first, with a page's inputs hash only
    /// (`PageInputs`), whether the previous build's page can stay, and a page it keeps is not
    /// made; then, with the hash of the made model, and a page it keeps then is not rendered. The
    /// files made beside the pages (feeds, sitemap, open data, the theme's assets) are kept or
    /// made together, by their inputs hash. Stops at the first error `emit` or `keep` throws (an
    /// interrupted write) and throws it.
    func produce<E: Error>(
        bodies: RenderedBodies?, search: SearchIndex? = nil, timings: BuildTimings = .off, keep: Keeper<E>? = nil,
        emit: @escaping @Sendable (OutputFile, PageKey?) throws(E) -> Void
    ) throws(E) {
        let bodies =
            bodies
            ?? timings.measure("markdown") { RenderedBodies(site: site, routes: Routes(portable: site.config.links == .portable), strings: theme.strings) }
        let assets = Assets(theme: theme)
        let search = search ?? timings.measure("search index") { searchIndex(bodies: bodies) }
        let builder = timings.measure("page data") {
            PageBuilder(site: site, theme: theme, templates: templates, assets: assets, bodies: bodies)
        }
        let inputs = timings.measure("page inputs") { PageInputs(site: site, identity: builder.identity) }
        // Feeds, sitemap and open data need only the pages' paths, known before rendering: they
        // are made and written on another core while the pages render.
        let jobs = PageJob.all(for: site, searchFiles: search.files.count)
        let files = jobs.map { $0.file(in: site) }
        let pagePaths = files.compactMap { $0 }
        let extras = BackgroundWork { () throws(E) in
            try timings.measure("feeds and data (beside pages)") { () throws(E) in
                let kept = try keep?.files(inputs.files) ?? (kept: [], complete: false)
                guard !kept.complete else { return }
                for file in assets.files + extraFiles(pagePaths: pagePaths) where !kept.kept.contains(file.path) {
                    try emit(file, PageKey(model: Fingerprint.content(file.bytes), inputs: inputs.files))
                }
            }
        }
        let failure = FirstFailure<E>()
        _ = timings.measure("pages") {
            Array(jobs.indices).parallelMap { index in
                guard !failure.happened else { return }
                let pageInputs = inputs.key(for: jobs[index])
                /// Whether `keep` keeps the page at `path` for the model hash `model`; true too once
                /// any thread failed, so that this one stops.
                func kept(_ path: String, model: String?) -> Bool {
                    guard let keep else { return false }
                    var kept = false
                    failure.run { () throws(E) in kept = try keep.page(path, model, pageInputs) }
                    return kept || failure.happened
                }
                if let path = files[index], pageInputs != nil, kept(path, model: nil) { return }
                guard let page = builder.prepare(jobs[index]) else {
                    if case .searchIndex(let file) = jobs[index] { failure.run { () throws(E) in try emit(search.files[file], nil) } }
                    return
                }
                if kept(page.path, model: page.key) { return }
                let file = builder.render(page)
                failure.run { () throws(E) in try emit(file, PageKey(model: page.key, inputs: pageInputs)) }
            }
        }
        try extras.wait()
        try failure.rethrow()
    }

    /// The search index of the site over `previous`, the base segment of an earlier build.
    func searchIndex(bodies: RenderedBodies, previous: SearchBase? = nil) -> SearchIndex {
        SearchIndex(site: site, bodies: bodies, strings: theme.strings, previous: previous)
    }

    /// Media files copied as they are from the site folder.
    var mediaCopies: [BuildOutput.Copy] {
        site.media.map { BuildOutput.Copy(source: $0, path: String($0.dropFirst("content/".count))) }
    }

    /// The files made beside the pages: the feed, the sitemap and robots.txt, the open data.
    func extraFiles(pagePaths paths: [String]) -> [OutputFile] {
        let routes = Routes(portable: site.config.links == .portable), site = self.site
        let makers: [@Sendable () -> [OutputFile]] = [
            { Feeds(site: site, routes: routes).files(pagePaths: paths) },
            { OpenData(site: site, routes: routes).files() },
        ]
        return makers.parallelMap { $0() }.flatMap { $0 }
    }
}

/// Files and page keys gathered from the render threads.
private final class Collected: @unchecked Sendable {
    // @unchecked: `files` and `keys` are only touched under `lock`.
    private let lock = NSLock()
    private var files: [OutputFile] = []
    private var keys: [String: PageKey] = [:]

    func append(_ file: OutputFile, key: PageKey?) {
        lock.lock()
        files.append(file)
        if let key { keys[file.path] = key }
        lock.unlock()
    }

    var contents: (files: [OutputFile], keys: [String: PageKey]) {
        lock.lock()
        defer { lock.unlock() }
        return (files, keys)
    }
}

/// The first error thrown on any render thread; once there is one, the others skip their work.
private final class FirstFailure<E: Error>: @unchecked Sendable {
    // @unchecked: `error` is only touched under `lock`.
    private let lock = NSLock()
    private var error: E?

    var happened: Bool {
        lock.lock()
        defer { lock.unlock() }
        return error != nil
    }

    func run(_ work: () throws(E) -> Void) {
        do throws(E) { try work() } catch {
            lock.lock()
            if self.error == nil { self.error = error }
            lock.unlock()
        }
    }

    func rethrow() throws(E) {
        lock.lock()
        defer { lock.unlock() }
        if let error { throw error }
    }
}
