import CasebookOutput
import CasebookSupport

/// What changed since the base segment, as search engines keep it: a small delta segment holding
/// the postings and records of the changed and added documents, and the base ids whose postings
/// no longer hold (changed or deleted documents). search.js merges the two at query time; since
/// every impact depends on its document alone and the IDF on counts it takes after the merge,
/// the results are those of a fresh index of the same content.
package struct SearchDelta: Sendable {
    /// When the build merges the delta into a fresh base instead.
    package struct Limits: Sendable {
        /// Changed, added and deleted documents, as a share of all documents: beyond 5 % the
        /// masked ids and the merge cost the script more than a new base costs the build.
        var share = 0.05
        /// The delta's posting bytes: a query reads up to one delta shard per term, so this bound
        /// over `maxShards` caps what the delta adds to a query (8 KiB a term, about half a base shard
        /// of the 10,000-case benchmark).
        var bytes = 32 * 1024
        /// The delta's shards are `bytes / maxShards` each at most.
        var maxShards = 4

        /// The limits of a normal build.
        package static let standard = Limits()
    }

    /// The id of each current document, in site order: a base document keeps its id, a new one
    /// gets the next free id (in site order among the new ones).
    let ids: [Int]
    /// One more than the largest id: the length of the facet columns.
    let idCount: Int
    /// Base ids whose postings and record no longer hold, ascending.
    let masked: [Int]
    /// The documents (positions in site order) whose postings the delta carries, by ascending id.
    let members: [Int]

    /// The delta of documents with `keys` and `fingerprints` over `base`.
    init(base: SearchBase, keys: [String], fingerprints: [String]) {
        var baseIDs: [String: Int] = [:]
        for (id, key) in base.keys.enumerated() { baseIDs[key] = id }
        var ids: [Int] = [], masked: [Int] = [], members: [Int] = []
        var present = [Bool](repeating: false, count: base.keys.count)
        var next = base.keys.count
        for (index, key) in keys.enumerated() {
            if let id = baseIDs.removeValue(forKey: key) {
                ids.append(id)
                present[id] = true
                if base.fingerprints[id] != fingerprints[index] {
                    masked.append(id)
                    members.append(index)
                }
            } else {
                ids.append(next)
                next += 1
                members.append(index)
            }
        }
        masked += present.indices.filter { !present[$0] }
        self.ids = ids
        idCount = next
        self.masked = masked.sorted()
        self.members = members.sorted { ids[$0] < ids[$1] }
    }

    /// Whether the delta is small enough to keep by document count: changed and added documents
    /// (`members`) and deleted ones (masked ids that are no member's).
    func fits(_ limits: Limits, baseCount: Int) -> Bool {
        let changed = members.count { ids[$0] < baseCount }
        let touched = members.count + masked.count - changed
        return Double(touched) <= limits.share * Double(max(baseCount, ids.count))
    }

    /// The delta's files under `search/data/x/`, each named by a hash of its bytes: its shards
    /// (`casebookSearch.x(n,{token:postings})`, one per `limits.bytes / limits.maxShards` of
    /// postings) and its records (`casebookSearch.y([ids],[records])`); and its posting bytes.
    func segment(of documents: [SearchDocument], limits: Limits) -> (shards: [OutputFile], records: OutputFile?, bytes: Int) {
        guard !members.isEmpty else { return ([], nil, 0) }
        let chosen = members.map { documents[$0] }
        let tokens = PostingsBuilder(documents: chosen, ids: members.map { ids[$0] }).tokens()
        let bytes = tokens.reduce(0) { $0 + $1.text.utf8.count + $1.postings.count + 4 }
        let perShard = max(1, limits.bytes / limits.maxShards)
        let count = min(limits.maxShards, max(1, (bytes + perShard - 1) / perShard))
        let shards = ShardWriter.shards(tokens, count: count, call: "x").map(Self.named)
        let list = SearchRecord.list(chosen.map(SearchRecord.init))
        let memberIDs = "[" + members.map { String(ids[$0]) }.joined(separator: ",") + "]"
        return (shards, Self.named(Array("casebookSearch.y(\(memberIDs),\(list));\n".utf8)), bytes)
    }

    /// A delta file under the hash of its bytes.
    private static func named(_ bytes: [UInt8]) -> OutputFile {
        OutputFile(path: SearchIndex.folder + "x/" + String(Fingerprint.hex(bytes).prefix(10)) + ".js", bytes: bytes)
    }
}
