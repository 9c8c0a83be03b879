import Testing

@testable import Casebook
@testable import CasebookSearch

/// Reads what `IndexEncoding` writes, as search.js does.
enum IndexDecoding {
    static func digit(_ byte: UInt8) -> Int { IndexEncoding.digits.firstIndex(of: byte) ?? 0 }

    static func varints(_ text: some Sequence<UInt8>) -> [Int] {
        var values: [Int] = [], value = 0, shift = 0
        for byte in text {
            let digit = digit(byte)
            value |= (digit & 31) << shift
            shift += 5
            if digit < 32 {
                values.append(value)
                value = 0
                shift = 0
            }
        }
        return values
    }

    /// Documents and impacts of an encoded posting list.
    static func postings(_ bytes: [UInt8]) -> [(document: Int, impact: Int)] {
        var document = -1
        return varints(bytes).map { value in
            document += (value >> 4) + 1
            return (document, (value & 15) + 1)
        }
    }

    static func column(_ text: String, count: Int) -> [Int] {
        let bytes = Array(text.utf8)
        if text.hasPrefix("r:") {
            let pairs = varints(bytes.dropFirst(2))
            return stride(from: 0, to: pairs.count, by: 2).flatMap { Array(repeating: pairs[$0], count: pairs[$0 + 1]) }
        }
        let colon = bytes.firstIndex(of: UInt8(ascii: ":"))!
        let bits = Int(String(decoding: bytes[1..<colon], as: UTF8.self))!
        var values: [Int] = [], buffer = 0, filled = 0
        for byte in bytes[(colon + 1)...] {
            buffer |= digit(byte) << filled
            filled += 6
            while filled >= bits, values.count < count {
                values.append(buffer & ((1 << bits) - 1))
                buffer >>= bits
                filled -= bits
            }
        }
        return values
    }
}

@Suite("Search index encoding")
struct IndexEncodingTests {
    @Test("varints round-trip, five bits per base-64 digit")
    func varints() {
        var out: [UInt8] = []
        for value in [0, 1, 31, 32, 1023, 1024, 123_456] { IndexEncoding.appendVarint(value, to: &out) }
        #expect(IndexDecoding.varints(out) == [0, 1, 31, 32, 1023, 1024, 123_456])
        #expect(String(decoding: out.prefix(1), as: UTF8.self) == "A")
        #expect(IndexEncoding.firstVarint(Array("gB".utf8))! == (32, 2))
    }

    @Test("site order as runs of consecutive ids, masked ids as gaps: a fresh base's order is one pair")
    func idLists() {
        #expect(IndexDecoding.varints(Array(IndexEncoding.runs([0, 1, 2, 5, 6, 3]).utf8)) == [0, 3, 5, 2, 3, 1])
        #expect(IndexEncoding.runs(Array(0..<1000)).count == 3)
        #expect(IndexDecoding.varints(Array(IndexEncoding.ascending([2, 3, 9]).utf8)) == [2, 0, 5])
        #expect(IndexDecoding.varints(Array(IndexEncoding.runLengthColumn([4, 4, 4, 1]).utf8.dropFirst(2))) == [4, 3, 1, 1])
    }

    @Test("a document delta of one or two with any impact costs one digit")
    func compactPostings() {
        var list = PostingList()
        for document in 0..<100 { list.append(document, 16) }
        #expect(list.bytes.count == 100)
    }

    @Test("joining lists of later documents gives the list of all of them")
    func joining() {
        var whole = PostingList(), first = PostingList(), second = PostingList()
        for (document, impact) in [(3, 5), (9, 16), (200, 1)] { whole.append(document, UInt8(impact)) }
        first.append(3, 5)
        first.append(9, 16)
        second.append(200, 1)
        first.append(contentsOf: second)
        #expect(first.bytes == whole.bytes)
        #expect(IndexDecoding.postings(whole.bytes).map(\.document) == [3, 9, 200])
    }

    @Test("columns pick the shorter of bit-packed and run-length, and both decode")
    func columns() {
        let sorted = Array(repeating: 1, count: 500) + Array(repeating: 2, count: 500)
        let mixed = (0..<1000).map { ($0 * 7919) % 13 }
        #expect(IndexEncoding.column(sorted).hasPrefix("r:"))
        #expect(IndexEncoding.column(mixed).hasPrefix("p4:"))
        #expect(IndexDecoding.column(IndexEncoding.column(sorted), count: 1000) == sorted)
        #expect(IndexDecoding.column(IndexEncoding.column(mixed), count: 1000) == mixed)
    }

    @Test("string literals escape only what JavaScript needs")
    func literals() {
        #expect(JSLiteral.string("湘江“明德”") == "\"湘江“明德”\"")
        #expect(JSLiteral.string("a\"b\\c\nd\u{2028}") == "\"a\\\"b\\\\c\\nd\\u2028\"")
    }
}
