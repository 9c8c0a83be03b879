import Foundation
import ZIPFoundation

/// The parts of a .docx package, read with limits: the entry count, the unpacked size of what is read,
/// and entry names (none may leave the package with `..` or start with `/`). Parts are unpacked only
/// when asked for, so an image nobody links is never inflated.
final class DocxPackage {
    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: FormLimits
    private let file: String
    private var unpacked = 0

    /// Opens `bytes` as a Word package, or says why it is not one.
    init(_ bytes: [UInt8], file: String, limits: FormLimits) throws {
        self.file = file
        self.limits = limits
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw FormFailure(Self.isEncrypted(bytes) ? .encrypted : .oldWordNamedDocx, path: file)
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw FormFailure(.notWordDocument, path: file)
        }
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw FormFailure(.brokenZip, path: file)
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw FormFailure(.tooManyEntries(limit: limits.entries), path: file)
            }
            guard Self.isSafe(entry.path) else {
                throw FormFailure(.unsafeEntry(name: entry.path), path: file)
            }
            entries[entry.path] = entry
        }
        self.entries = entries
        guard entries["word/document.xml"] != nil else {
            throw FormFailure(entries["content.xml"] != nil ? .openDocument : .notWordZip, path: file)
        }
    }

    /// Whether the package has a part at `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The bytes of the part at `path`, nil when there is none; throws when the unpacked size goes over the limits.
    func part(_ path: String, limit: Int? = nil) throws -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        let ceiling = limit ?? limits.unpackedBytes
        if let limit, entry.uncompressedSize > UInt64(limit) {
            throw FormFailure(.imageTooLarge(part: path, size: Int(clamping: entry.uncompressedSize), limit: limit), path: file)
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                guard data.count <= ceiling, self.unpacked + data.count <= self.limits.unpackedBytes else { throw Overflow() }
            }
        } catch is Overflow {
            if let limit, data.count > limit {
                throw FormFailure(.imageTooLarge(part: path, size: nil, limit: limit), path: file)
            }
            throw FormFailure(.unpacksTooLarge(limit: limits.unpackedBytes), path: file)
        } catch {
            throw FormFailure(.corruptPart(part: path), path: file)
        }
        unpacked += data.count
        return [UInt8](data)
    }

    /// False for names that are absolute or climb out with `..`.
    static func isSafe(_ path: String) -> Bool {
        let name = path.replacingOccurrences(of: "\\", with: "/")
        if name.hasPrefix("/") || name.contains(":") { return false }
        return !name.split(separator: "/").contains("..")
    }

    /// Whether an OLE compound file is an encrypted .docx (Word wraps those in one) rather than an old .doc under another name.
    private static func isEncrypted(_ bytes: [UInt8]) -> Bool {
        let marker = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let window = bytes.prefix(4 * 1024 * 1024)
        return window.indices.contains { index in
            window[index] == marker[0] && window[index...].starts(with: marker)
        }
    }

    private struct Overflow: Error {}
}
