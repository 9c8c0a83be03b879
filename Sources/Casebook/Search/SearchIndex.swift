import CasebookSupport

/// The offline search index of a site (SPEC §6): plain `.js` files under `search/data/`, so they
/// load from `file://` too, where `fetch` is refused. search.js reads them through `<script>` tags.
///
/// * `main.js` — `casebookSearch.main({...})`: the version, the counts of documents, cases and
///   shards, results per `d/` file (`r`), and the facets (values and one column per facet). Read
///   first; the case-list filter needs little else.
/// * `t/<n>.js` — `casebookSearch.t(n,{token:postings,…})`: the posting lists of the tokens whose
///   `ShardHash` falls in shard n. A query reads only the shards of its tokens.
/// * `d/<n>.js` — `casebookSearch.d(n,[{e,h,p,s,t},…])`: the `SearchRecord` of results
///   `n·r`…`n·r+r-1` (what their cards show), read only for the results on screen.
///
/// Document ids count cases in site order, then regions, then pages. Every file is a pure function
/// of the site, and `version` (appended as `?v=` to every URL) changes when any of them does.
struct SearchIndex: Sendable {
    static let folder = "search/data/"
    static let mainFile = folder + "main.js"
    /// The shard count follows from the content alone, so the build knows its files before making
    /// them: a shard per eight documents, or per 50 KB of text when that gives more. On the benchmark
    /// corpus (0.3 bytes of postings per byte of text) a shard holds about 14 KB; prose with more
    /// varied wording gives larger shards.
    static let documentsPerShard = 8
    static let textBytesPerShard = 50_000
    /// Results per `d/` file: one per file downloads least, but a file costs more to write than
    /// its bytes, and ten thousand of them would slow the build of a large site.
    static let recordsPerFile = 4

    /// Every file, in the order of `fileCount`: `main.js`, the shards, the result files.
    let files: [OutputFile]
    let version: String

    init(site: Site, bodies: RenderedBodies, strings: [String: String]) {
        let documents = SearchDocument.all(for: site, bodies: bodies, strings: strings)
        let tokens = PostingsBuilder(documents: documents).tokens()
        let shardCount = Self.shardCount(for: site)
        let shards = ShardWriter.shards(tokens, count: shardCount).enumerated().map { index, bytes in
            OutputFile(path: Self.folder + "t/\(index).js", bytes: bytes)
        }
        let chunks = stride(from: 0, to: documents.count, by: Self.recordsPerFile).map { $0..<min(documents.count, $0 + Self.recordsPerFile) }
        let records = chunks.parallelMap { range in
            let chunk = range.lowerBound / Self.recordsPerFile
            let list = SearchRecord.list(range.map { SearchRecord(documents[$0]) })
            return OutputFile(path: Self.folder + "d/\(chunk).js", text: "casebookSearch.d(\(chunk),\(list));\n")
        }
        let facets = SearchFacet.all(for: site, documents: documents, strings: strings)
        let body =
            "\"n\":\(documents.count),\"c\":\(site.cases.count),\"s\":\(shardCount),\"r\":\(Self.recordsPerFile),\"f\":{"
            + facets.map { "\(JSLiteral.string($0.id.rawValue)):\($0.literal)" }.joined(separator: ",") + "}"
        let hashes = (shards + records).parallelMap { Fingerprint.hex($0.bytes) }
        version = String(Fingerprint.hex((hashes + [body]).joined(separator: "\n").utf8).prefix(10))
        let main = OutputFile(path: Self.mainFile, text: "casebookSearch.main({\"v\":\"\(version)\",\(body)});\n")
        files = [main] + shards + records
    }

    /// How many files the index of `site` has.
    static func fileCount(for site: Site) -> Int {
        let documents = site.cases.count + site.regions.count + site.pages.count
        return 1 + shardCount(for: site) + (documents + recordsPerFile - 1) / recordsPerFile
    }

    static func shardCount(for site: Site) -> Int {
        var bytes = site.cases.reduce(0) { $0 + $1.title.utf8.count + $1.summary.utf8.count + $1.body.utf8.count }
        bytes += site.regions.reduce(0) { $0 + $1.summary.utf8.count + $1.body.utf8.count }
        bytes += site.pages.reduce(0) { $0 + $1.title.utf8.count + $1.body.utf8.count }
        let documents = site.cases.count + site.regions.count + site.pages.count
        let shards = max((documents + documentsPerShard - 1) / documentsPerShard, bytes / textBytesPerShard)
        return min(ShardWriter.maxShards, max(1, shards))
    }
}
