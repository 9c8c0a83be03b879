/// An open-addressing map from non-zero 64-bit keys to token ids. Counting and merging look up a
/// key for every token of every body, where a Swift dictionary (SipHash, generic storage) costs
/// several times more than this multiplicative hash.
struct KeyIndex {
    private var slots: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        slots = Array(repeating: 0, count: capacity)
        values = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The id of `key`; when the key is new, stores `new` for it and returns that.
    @inline(__always)
    mutating func id(of key: UInt64, orInsert new: Int32) -> Int32 {
        if count * 2 >= slots.count { grow() }
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while true {
            let present = slots[slot]
            if present == key { return values[slot] }
            if present == 0 {
                slots[slot] = key
                values[slot] = new
                count += 1
                return new
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let entries = zip(slots, values).filter { $0.0 != 0 }
        slots = Array(repeating: 0, count: slots.count * 2)
        values = Array(repeating: 0, count: slots.count)
        mask = slots.count - 1
        count = 0
        for (key, value) in entries { _ = id(of: key, orInsert: value) }
    }
}
