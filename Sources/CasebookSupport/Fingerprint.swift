/// Short, stable content hashes: FNV-1a for fingerprinted names, a faster one for the manifest.
package enum Fingerprint {
    /// FNV-1a, 64 bits, as 16 hex digits: the fingerprint in asset names and the search index version.
    package static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    /// A fast 64-bit hash of a file's bytes, read eight at a time, for telling whether an output
    /// file changed between builds (with its size beside it); not for names a reader sees.
    package static func content(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { content($0) }
    }

    /// `content` of the UTF-8 bytes of `text`, without copying them when the string is native.
    package static func content(_ text: String) -> String {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { content(UnsafeRawBufferPointer($0)) } ?? content(Array(text.utf8))
    }

    private static func content(_ buffer: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(buffer.count)
        var offset = 0
        while offset + 8 <= buffer.count {
            hash = (hash ^ buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        for byte in buffer[offset...].reversed() { tail = tail << 8 | UInt64(byte) }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 32
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 29
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
