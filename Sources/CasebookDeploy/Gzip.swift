import Foundation
import ZIPFoundation

/// gzip (RFC 1952) around ZIPFoundation's raw deflate, with no name and a zero time in the header,
/// so the same file compresses to the same bytes on every run and every machine.
public enum Gzip {
    /// `data` as a gzip member.
    public static func compress(_ data: Data) -> Data {
        var deflated = Data()
        let crc =
            (try? Data.compress(
                size: Int64(data.count), bufferSize: 64 * 1024,
                provider: { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }, consumer: { deflated.append($0) })) ?? data.crc32(checksum: 0)
        var out = Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF])
        out.append(deflated)
        for value in [crc, UInt32(truncatingIfNeeded: data.count)] {
            out.append(contentsOf: [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: value >> $0) })
        }
        return out
    }
}
