/// One token's postings, encoded as they go: varints of `((docDelta - 1) << 4) | (impact - 1)`.
struct PostingList: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var last = -1

    @inline(__always)
    mutating func append(_ document: Int, _ impact: UInt8) {
        IndexEncoding.appendVarint((document - last - 1) << 4 | (Int(impact) - 1), to: &bytes)
        last = document
    }

    /// Appends a list of later documents that was encoded on its own (its first delta counted
    /// from -1): only its first varint changes.
    mutating func append(contentsOf later: PostingList) {
        guard let (first, length) = IndexEncoding.firstVarint(later.bytes) else { return }
        let document = first >> 4
        IndexEncoding.appendVarint((document - last - 1) << 4 | (first & 15), to: &bytes)
        bytes += later.bytes[length...]
        last = later.last
    }
}
