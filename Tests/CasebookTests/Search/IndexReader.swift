import Foundation
import Testing

@testable import Casebook
@testable import CasebookSearch

/// Reads a built index the way search.js does — the base segment less its masked ids, merged
/// with the delta — for checking what a query finds and how it scores it.
struct IndexReader {
    let files: [String: String]
    let main: [String: Any]

    init(_ built: [String: String]) throws {
        files = built.filter { $0.key.hasPrefix(SearchIndex.folder) }
        main = try Self.object(try #require(files[SearchIndex.mainFile]), call: "casebookSearch.main(")
    }

    /// The argument of `call` in a one-call file, parsed as JSON; a first numeric argument is
    /// dropped, and a list comes back under `list`.
    static func object(_ text: String, call: String) throws -> [String: Any] {
        let start = try #require(text.range(of: call)).upperBound
        let end = try #require(text.range(of: ");", options: .backwards)).lowerBound
        var argument = String(text[start..<end])
        if call != "casebookSearch.main(", let comma = argument.firstIndex(of: ",") {
            argument = String(argument[argument.index(after: comma)...])
        }
        if argument.hasPrefix("[") { argument = "{\"list\":" + argument + "}" }
        return try #require(JSONSerialization.jsonObject(with: Data(argument.utf8)) as? [String: Any])
    }

    var shardCount: Int { main["s"] as? Int ?? 0 }
    var baseFolder: String { SearchIndex.folder + (main["b"] as? String ?? "") + "/" }
    var baseCount: Int { main["k"] as? Int ?? 0 }
    var idCount: Int { main["m"] as? Int ?? 0 }
    var deltaShards: [String] { (main["x"] as? [String: Any])?["s"] as? [String] ?? [] }
    var masked: Set<Int> {
        var id = -1
        return Set(
            IndexDecoding.varints(Array((main["d"] as? String ?? "").utf8)).map { gap in
                id += gap + 1
                return id
            })
    }

    /// The live ids in site order.
    var order: [Int] {
        let pairs = IndexDecoding.varints(Array((main["o"] as? String ?? "").utf8))
        return stride(from: 0, to: pairs.count, by: 2).flatMap { pairs[$0]..<(pairs[$0] + pairs[$0 + 1]) }
    }

    /// Every token → postings of the shard holding `token`: the base's, then the delta's.
    private func shards(of token: String) throws -> [(lists: [String: Any], base: Bool)] {
        let hash = ShardHash.placing(token)
        let base = try #require(files[baseFolder + "t/\(Int(hash % UInt32(shardCount))).js"])
        var shards = [(try Self.object(base, call: "casebookSearch.t("), true)]
        if !deltaShards.isEmpty {
            let name = deltaShards[Int(hash % UInt32(deltaShards.count))]
            shards.append((try Self.object(try #require(files[SearchIndex.folder + "x/\(name).js"]), call: "casebookSearch.x("), false))
        }
        return shards
    }

    /// Documents and impacts of `token` and, with `prefix`, of the longer words it starts (their
    /// impact times 0.8, the best per document), as search.js merges them.
    func weights(_ token: String, prefix: Bool = false) throws -> [Int: Double] {
        let masked = masked
        var found: [Int: Double] = [:]
        for (lists, base) in try shards(of: token) {
            for (key, value) in lists where key == token || (prefix && key.count > token.count && key.hasPrefix(token)) {
                let factor = key == token ? 1 : 0.8
                for posting in IndexDecoding.postings(Array(try #require(value as? String).utf8))
                where !(base && masked.contains(posting.document)) {
                    found[posting.document] = max(found[posting.document] ?? 0, Double(posting.impact) * factor)
                }
            }
        }
        return found
    }

    /// Documents and impacts of one token (exact, no prefixes), by document.
    func postings(_ token: String) throws -> [(document: Int, impact: Int)] {
        try weights(token).sorted { $0.key < $1.key }.map { ($0.key, Int($0.value)) }
    }

    /// Documents holding every CJK bigram of `text`.
    func documents(containing text: String) throws -> Set<Int> {
        let scalars = Array(text.unicodeScalars)
        var result: Set<Int>?
        for index in 1..<scalars.count {
            let bigram = String(String.UnicodeScalarView(scalars[(index - 1)...index]))
            let found = Set(try postings(bigram).map(\.document))
            result = result.map { $0.intersection(found) } ?? found
        }
        return result ?? []
    }

    /// The documents holding every term, best first, with their scores (BM25 as search.js adds it
    /// up, ties in site order); terms are (token, prefix) pairs.
    func search(_ terms: [(String, Bool)]) throws -> [(document: Int, score: Double)] {
        let live = Double(try #require(main["n"] as? Int))
        var scores: [Int: Double] = [:], hits: [Int: Int] = [:]
        for (token, prefix) in terms {
            let found = try weights(token, prefix: prefix)
            let size = Double(found.count)
            let idf = log(1 + (live - size + 0.5) / (size + 0.5))
            for (document, weight) in found {
                hits[document, default: 0] += 1
                scores[document, default: 0] += idf * weight / 16 * (PostingsBuilder.k1 + 1)
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return order.filter { hits[$0] == terms.count }.map { ($0, scores[$0] ?? 0) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : rank[$0.document]! < rank[$1.document]! }
    }

    /// The stored record (title, route, excerpt…) of a document, from the delta when it holds it.
    func record(_ document: Int) throws -> [String: Any] {
        if document >= baseCount || masked.contains(document), let name = (main["x"] as? [String: Any])?["r"] as? String {
            let text = try #require(files[SearchIndex.folder + "x/\(name).js"])
            let start = try #require(text.range(of: "casebookSearch.y(")).upperBound
            let end = try #require(text.range(of: ");", options: .backwards)).lowerBound
            let pair = try #require(JSONSerialization.jsonObject(with: Data(("[" + text[start..<end] + "]").utf8)) as? [[Any]])
            let at = try #require((pair[0] as? [Int])?.firstIndex(of: document))
            return try #require(pair[1][at] as? [String: Any])
        }
        let perFile = try #require(main["r"] as? Int)
        let file = try #require(files[baseFolder + "d/\(document / perFile).js"])
        let list = try #require(try Self.object(file, call: "casebookSearch.d(")["list"] as? [[String: Any]])
        return list[document % perFile]
    }

    /// The decoded column of a facet (by id) and its value keys.
    func facet(_ id: String) throws -> (keys: [String], column: [Int]) {
        let facets = try #require(main["f"] as? [String: Any])
        let facet = try #require(facets[id] as? [String: Any])
        let values = try #require(facet["o"] as? [[String]])
        return (values.map { $0[0] }, IndexDecoding.column(try #require(facet["d"] as? String), count: idCount))
    }
}
