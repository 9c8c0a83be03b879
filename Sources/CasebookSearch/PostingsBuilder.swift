import CasebookSupport
import Foundation

/// Builds every token's posting list over all documents, on all cores.
///
/// The documents are cut into a few contiguous runs; each core counts the tokens of one run and
/// builds that run's posting lists (`RunPostings`). The runs are then joined token by token, in
/// document order, each core joining the tokens of its own partitions (tokens are split into
/// partitions by hash). Joining touches each token once per run, not each posting.
struct PostingsBuilder {
    /// One token and its encoded postings.
    struct Token: Sendable {
        /// The token as search.js spells it (`湘江`, `opc`).
        let text: String
        /// Varints of `((docDelta - 1) << 4) | (impact - 1)`, see `IndexEncoding`.
        let postings: [UInt8]
    }

    static let impactLevels = 16
    static let k1 = 1.2
    static let b = 0.75
    static let partitionCount = 16
    /// BM25 normalises a document's length by this weighted length rather than by the corpus's
    /// average, so that a document's impacts depend on the document alone: an edit changes no
    /// other document's postings, which is what lets a delta segment leave the base as it is. It
    /// is about the average of a typical case (6.9 K in the sample site, 6 K in the benchmark's).
    static let pivotLength = 6000.0

    let documents: [SearchDocument]
    /// The id of each document, ascending: its position for a fresh base, stable ids for a delta.
    let ids: [Int]

    init(documents: [SearchDocument], ids: [Int]? = nil) {
        self.documents = documents
        self.ids = ids ?? Array(documents.indices)
    }

    /// Every token of every document with its posting list, in no particular order.
    func tokens() -> [Token] {
        let documents = documents, ids = ids
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let runs = Self.split(documents.indices, into: workers * 2).parallelMap { range in
            var postings = RunPostings()
            var tokenizer = SearchTokenizer()
            for index in range {
                for field in documents[index].fields {
                    postings.weight = field.weight
                    tokenizer.scan(field.text, html: field.isHTML, into: &postings)
                }
                let norm = Self.k1 * (1 - Self.b + Self.b * Double(documents[index].length) / Self.pivotLength)
                postings.endDocument(ids[index]) { Self.impact(frequency: $0, norm: norm) }
            }
            return Run(postings)
        }
        return Array(0..<Self.partitionCount).parallelMap { partition in Self.join(runs, partition: partition) }.flatMap { $0 }
    }

    /// The tokens of one partition with the lists of all runs joined in document order.
    private static func join(_ runs: [Run], partition: Int) -> [Token] {
        var index = KeyIndex()
        var lists: [PostingList] = []
        var keys: [UInt64] = []
        var words: [String: Int] = [:]
        var wordLists: [PostingList] = []
        var wordNames: [String] = []
        for run in runs {
            for id in run.members[partition] {
                let key = run.postings.keys[id]
                if key != 0 {
                    let position = Int(index.id(of: key, orInsert: Int32(lists.count)))
                    if position == lists.count {
                        lists.append(PostingList())
                        keys.append(key)
                    }
                    lists[position].append(contentsOf: run.postings.lists[id])
                } else {
                    let word = run.postings.words[id]
                    let position = words[word] ?? wordLists.count
                    if position == wordLists.count {
                        words[word] = position
                        wordLists.append(PostingList())
                        wordNames.append(word)
                    }
                    wordLists[position].append(contentsOf: run.postings.lists[id])
                }
            }
        }
        return zip(keys, lists).map { Token(text: SearchKey.text(of: $0), postings: $1.bytes) }
            + zip(wordNames, wordLists).map { Token(text: $0, postings: $1.bytes) }
    }

    /// `range` cut into at most `parts` contiguous pieces.
    static func split(_ range: Range<Int>, into parts: Int) -> [Range<Int>] {
        let size = max(1, (range.count + parts - 1) / parts)
        return stride(from: range.lowerBound, to: range.upperBound, by: size).map { $0..<min(range.upperBound, $0 + size) }
    }

    /// A BM25 term-frequency factor cut to 1…16: `tf·(k1+1) / (tf + norm)` over its ceiling `k1+1`.
    static func impact(frequency: UInt32, norm: Double) -> UInt8 {
        let tf = Double(frequency)
        let share = tf / (tf + norm)
        return UInt8(min(Double(impactLevels), max(1, (share * Double(impactLevels)).rounded(.up))))
    }

    /// The partition of a token: by its CJK key, or by the hash of its word.
    static func partition(key: UInt64, word: String) -> Int {
        let hash = key != 0 ? key : UInt64(ShardHash.of(word))
        return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 60)
    }
}

/// The posting lists of one run of documents, with its token ids grouped by partition.
private struct Run: Sendable {
    let postings: RunPostings
    let members: [[Int]]

    init(_ postings: RunPostings) {
        var members = Array(repeating: [Int](), count: PostingsBuilder.partitionCount)
        for id in postings.keys.indices {
            members[PostingsBuilder.partition(key: postings.keys[id], word: postings.words[id])].append(id)
        }
        self.postings = postings
        self.members = members
    }
}
