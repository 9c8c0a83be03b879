/// The compact text encodings of the search index, chosen so that every shard is a plain `.js` file
/// whose strings need no escaping. search.js decodes them (`varints`, `column`).
///
/// * A **varint** is written in base-64 digits (`A–Z a–z 0–9 - _`), five value bits per digit, low
///   bits first; a digit of 32 or more says another digit follows.
/// * A **column** holds one small number per document, either bit-packed (`p<bits>:` then base-64
///   digits of 6 bits each, low bits first) or run-length encoded (`r:` then varint pairs of value and
///   run length), whichever is shorter.
/// * **Runs** of ids (`runs`) are varint pairs of a first id and a count of consecutive ids; an
///   **ascending** list (`ascending`) is varints of the gaps between its ids.
enum IndexEncoding {
    static let digits: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Appends `value` as a varint.
    @inline(__always)
    static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        var rest = value
        while rest >= 32 {
            out.append(digits[32 | (rest & 31)])
            rest >>= 5
        }
        out.append(digits[rest])
    }

    /// The first varint of `bytes` and how many digits it takes; nil when `bytes` is empty.
    static func firstVarint(_ bytes: [UInt8]) -> (value: Int, length: Int)? {
        var value = 0, shift = 0, index = 0
        while index < bytes.count {
            let digit = values[Int(bytes[index])]
            value |= Int(digit & 31) << shift
            index += 1
            if digit < 32 { return (value, index) }
            shift += 5
        }
        return nil
    }

    /// The value of each base-64 digit, by its ASCII code.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        for (value, digit) in digits.enumerated() { table[Int(digit)] = UInt8(value) }
        return table
    }()

    /// One number per document as the shorter of a bit-packed or run-length column.
    static func column(_ values: [Int]) -> String {
        let packed = packedColumn(values)
        let runs = runLengthColumn(values)
        return runs.count < packed.count ? runs : packed
    }

    static func packedColumn(_ values: [Int]) -> String {
        let largest = values.max() ?? 0
        let bits = max(1, Int.bitWidth - largest.leadingZeroBitCount)
        var out = Array("p\(bits):".utf8)
        var buffer = 0, filled = 0
        for value in values {
            buffer |= value << filled
            filled += bits
            while filled >= 6 {
                out.append(digits[buffer & 63])
                buffer >>= 6
                filled -= 6
            }
        }
        if filled > 0 { out.append(digits[buffer & 63]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func runLengthColumn(_ values: [Int]) -> String {
        "r:" + runPairs(values) { $1 == $0 }
    }

    /// `ids` as runs of consecutive ids: varint pairs of the first id and the run's length. The
    /// site order of a fresh base (0, 1, 2 …) is a single pair.
    static func runs(_ ids: [Int]) -> String {
        runPairs(ids) { $1 == $0 + 1 }
    }

    /// Varint pairs of the first value of each run and the run's length, a run going on while
    /// `continues(previous, next)`.
    private static func runPairs(_ values: [Int], continues: (Int, Int) -> Bool) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < values.count {
            var end = index + 1
            while end < values.count, continues(values[end - 1], values[end]) { end += 1 }
            appendVarint(values[index], to: &out)
            appendVarint(end - index, to: &out)
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Ascending `ids` as varints of the gap from the previous id (from -1 for the first) less one.
    static func ascending(_ ids: [Int]) -> String {
        var out: [UInt8] = []
        var last = -1
        for id in ids {
            appendVarint(id - last - 1, to: &out)
            last = id
        }
        return String(decoding: out, as: UTF8.self)
    }
}
