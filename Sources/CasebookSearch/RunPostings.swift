/// The posting lists of a contiguous run of documents, built by one core: it counts each document's
/// weighted tokens (integer field weights, so sums are exact), then appends the document with
/// its BM25 impact to the list of every token it holds.
///
/// Single characters of the common CJK blocks find their token through a flat table indexed by
/// scalar; bigrams and rarer characters through a `KeyIndex`; words, rare in Chinese text, through
/// a dictionary. Counting goes straight to token ids, so each occurrence costs one lookup.
struct RunPostings: TokenSink {
    /// Scalars with a flat-table slot: kana to the end of the unified ideographs.
    private static let flatRange: Range<UInt64> = 0x3040..<0xA000

    /// The weight of the field being counted.
    var weight: UInt32 = 1
    private var flatIDs = [Int32](repeating: -1, count: flatRange.count)
    private var index = KeyIndex(capacity: 1 << 14)
    private var wordIDs: [String: Int32] = [:]
    /// Per token id: its CJK key (0 for a word), its word (empty for CJK), its postings.
    private(set) var keys: [UInt64] = []
    private(set) var words: [String] = []
    private(set) var lists: [PostingList] = []
    private var frequencies: [UInt32] = []
    private var touched: [Int32] = []

    mutating func cjk(_ key: UInt64) {
        var id: Int32
        if Self.flatRange.contains(key) {
            let slot = Int(key - Self.flatRange.lowerBound)
            id = flatIDs[slot]
            if id < 0 {
                id = Int32(keys.count)
                flatIDs[slot] = id
            }
        } else {
            id = index.id(of: key, orInsert: Int32(keys.count))
        }
        if id == keys.count { addToken(key: key, word: "") }
        count(Int(id))
    }

    mutating func word(_ word: String) {
        let id = wordIDs[word] ?? Int32(keys.count)
        if id == keys.count {
            wordIDs[word] = id
            addToken(key: 0, word: word)
        }
        count(Int(id))
    }

    /// Appends `document` to the list of every token counted since the last call, with the impact
    /// `impact(frequency)`, and starts the next document.
    mutating func endDocument(_ document: Int, impact: (UInt32) -> UInt8) {
        for id in touched {
            let slot = Int(id)
            lists[slot].append(document, impact(frequencies[slot]))
            frequencies[slot] = 0
        }
        touched.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private mutating func count(_ id: Int) {
        if frequencies[id] == 0 { touched.append(Int32(id)) }
        frequencies[id] += weight
    }

    private mutating func addToken(key: UInt64, word: String) {
        keys.append(key)
        words.append(word)
        lists.append(PostingList())
        frequencies.append(0)
    }
}
