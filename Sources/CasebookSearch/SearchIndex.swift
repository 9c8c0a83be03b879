import CasebookOutput
import CasebookPages
import CasebookSupport

/// The offline search index of a site (SPEC §6): plain `.js` files under `search/data/`, so they
/// load from `file://` too, where `fetch` is refused. search.js reads them through `<script>` tags.
/// It is a base segment (`SearchBase`) and a delta over it (`SearchDelta`), named so that a page
/// never changes because the index did:
///
/// * `main.js` — `casebookSearch.main({...})`, the one stable name: the base's folder (`b`), the
///   counts of base documents (`k`), live documents (`n`), ids (`m`) and cases (`c`), the base's
///   shards (`s`), results per `d/` file (`r`), the site order of the ids (`o`), the delta (`x`:
///   its shard and record files and the masked base ids) and the facets (one column per facet,
///   by id). Read first; the case-list filter needs little else.
/// * `<base>/t/<n>.js`, `<base>/d/<n>.js` — the base's shards and result files (see `SearchBase`).
/// * `x/<hash>.js` — the delta's shards and records (see `SearchDelta.segment`).
///
/// A fresh base numbers the documents in site order: cases, then regions, then pages.
package struct SearchIndex: Sendable {
    static let folder = "search/data/"
    package static let mainFile = folder + "main.js"
    /// The shard count follows from the content alone: a shard per eight documents, or per 50 KB
    /// of text when that gives more. On the benchmark corpus (0.3 bytes of postings per byte of
    /// text) a shard holds about 14 KB; prose with more varied wording gives larger shards.
    static let documentsPerShard = 8
    static let textBytesPerShard = 50_000
    /// Results per `d/` file: one per file downloads least, but a file costs more to write than
    /// its bytes, and ten thousand of them would slow the build of a large site.
    static let recordsPerFile = 4

    /// Every file: `main.js`, the base's files, the delta's.
    package let files: [OutputFile]
    /// The base segment, for the next build to keep.
    package let base: SearchBase

    /// The index of `site`, over `previous` when it is given and the delta over it stays within
    /// `limits`; otherwise over a fresh base.
    package init(site: Site, bodies: RenderedBodies, strings: [String: String], previous: SearchBase? = nil, limits: SearchDelta.Limits = .standard) {
        let documents = SearchDocument.all(for: site, bodies: bodies, strings: strings)
        let keys = documents.map(\.key), fingerprints = documents.parallelMap(\.fingerprint)
        var kept: (SearchBase, SearchDelta, segment: (shards: [OutputFile], records: OutputFile?, bytes: Int))?
        if let previous {
            let delta = SearchDelta(base: previous, keys: keys, fingerprints: fingerprints)
            if delta.fits(limits, baseCount: previous.keys.count) {
                let segment = delta.segment(of: documents, limits: limits)
                if segment.bytes <= limits.bytes { kept = (previous, delta, segment) }
            }
        }
        let (base, delta, segment) =
            kept
            ?? {
                let base = SearchBase(documents: documents, fingerprints: fingerprints, shardCount: Self.shardCount(for: site))
                return (base, SearchDelta(base: base, keys: keys, fingerprints: fingerprints), ([], nil, 0))
            }()
        let facets = SearchFacet.all(for: site, documents: documents, ids: delta.ids, idCount: delta.idCount, strings: strings)
        var fields = [
            "\"b\":\(JSLiteral.string(base.id)),\"k\":\(base.keys.count),\"n\":\(documents.count),\"m\":\(delta.idCount)",
            "\"c\":\(site.cases.count),\"s\":\(base.shardCount),\"r\":\(Self.recordsPerFile)",
            "\"o\":\(JSLiteral.string(IndexEncoding.runs(delta.ids)))",
        ]
        if let records = segment.records {
            fields.append("\"x\":{\"s\":\(JSLiteral.strings(segment.shards.map(Self.name))),\"r\":\(JSLiteral.string(Self.name(records)))}")
        }
        if !delta.masked.isEmpty { fields.append("\"d\":\(JSLiteral.string(IndexEncoding.ascending(delta.masked)))") }
        fields.append("\"f\":{" + facets.map { "\(JSLiteral.string($0.id.rawValue)):\($0.literal)" }.joined(separator: ",") + "}")
        let main = OutputFile(path: Self.mainFile, text: "casebookSearch.main({" + fields.joined(separator: ",") + "});\n")
        files = [main] + base.files + segment.shards + (segment.records.map { [$0] } ?? [])
        self.base = base
    }

    /// The name of a delta file as `main.js` lists it: its hash, without folder and extension.
    private static func name(_ file: OutputFile) -> String {
        String(file.path.dropFirst((folder + "x/").count).dropLast(".js".count))
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
