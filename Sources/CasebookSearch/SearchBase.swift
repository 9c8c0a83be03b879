import CasebookOutput
import CasebookSupport

/// The base segment of the search index: a fresh index of the documents of the build that made it,
/// kept byte for byte between builds (`SearchBaseStore`) until the delta over it grows past its
/// bounds (`SearchDelta.Limits`). Its files live under `search/data/<id>/`, `id` being a hash of
/// them all, so a name never holds two contents and a browser may cache them for good.
package struct SearchBase: Sendable, Equatable {
    /// A hash of the base's files: the folder they live in.
    let id: String
    /// How many shards (`t/<n>.js`) the base has.
    let shardCount: Int
    /// Each document's `SearchDocument.key`, by id.
    let keys: [String]
    /// Each document's `SearchDocument.fingerprint`, by id.
    let fingerprints: [String]
    /// The base's shards and result files, with their paths in the output folder.
    let files: [OutputFile]

    /// A base as it was stored.
    init(id: String, shardCount: Int, keys: [String], fingerprints: [String], files: [OutputFile]) {
        self.id = id
        self.shardCount = shardCount
        self.keys = keys
        self.fingerprints = fingerprints
        self.files = files
    }

    /// A fresh base of `documents`, their ids their positions.
    init(documents: [SearchDocument], fingerprints: [String], shardCount: Int) {
        let shards = ShardWriter.shards(PostingsBuilder(documents: documents).tokens(), count: shardCount)
        let perFile = SearchIndex.recordsPerFile
        let chunks = stride(from: 0, to: documents.count, by: perFile).map { $0..<min(documents.count, $0 + perFile) }
        let records = chunks.parallelMap { range in
            let chunk = range.lowerBound / perFile
            let list = SearchRecord.list(range.map { SearchRecord(documents[$0]) })
            return Array("casebookSearch.d(\(chunk),\(list));\n".utf8)
        }
        let hashes = (shards + records).parallelMap { Fingerprint.hex($0) }
        let id = String(Fingerprint.hex(hashes.joined(separator: "\n").utf8).prefix(10))
        let folder = SearchIndex.folder + id + "/"
        self.init(
            id: id, shardCount: shardCount, keys: documents.map(\.key), fingerprints: fingerprints,
            files: shards.enumerated().map { OutputFile(path: folder + "t/\($0).js", bytes: $1) }
                + records.enumerated().map { OutputFile(path: folder + "d/\($0).js", bytes: $1) })
    }
}
