/// Tests on eight bytes at once (SWAR), for the scans that run over whole documents.
enum ByteScan {
    /// Whether any of the eight bytes of `word` equals `byte`.
    static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        let value = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080 != 0
    }

    /// Whether any of the eight bytes of `word` is `*`, `_` or `~`.
    static func mayHoldDelimiter(_ word: UInt64) -> Bool {
        contains(UInt8(ascii: "*"), in: word) || contains(UInt8(ascii: "_"), in: word) || contains(UInt8(ascii: "~"), in: word)
    }
}
