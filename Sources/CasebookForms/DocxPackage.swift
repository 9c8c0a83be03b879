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
            throw FormFailure(file, Self.compoundFileMessage(bytes))
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw FormFailure(file, "is not a Word document (.docx, .doc, .wps, .odt or .rtf); open it in Word or WPS and save it as .docx")
        }
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw FormFailure(
                file, "is corrupted: it starts like a .docx but its ZIP directory cannot be read; open it in Word or WPS, repair it and save again")
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw FormFailure(file, "holds more than \(limits.entries) entries; a Word form never does, so it was not unpacked (possible zip bomb)")
            }
            guard Self.isSafe(entry.path) else {
                throw FormFailure(file, "has an entry named '\(entry.path)', which points outside the document; nothing was extracted")
            }
            entries[entry.path] = entry
        }
        self.entries = entries
        guard entries["word/document.xml"] != nil else {
            throw FormFailure(
                file,
                entries["content.xml"] != nil
                    ? "is an OpenDocument file with a .docx name; rename it to .odt"
                    : "is a ZIP file but not a Word document (it has no word/document.xml); save the form as .docx")
        }
    }

    /// Whether the package has a part at `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The bytes of the part at `path`, nil when there is none; throws when the unpacked size goes over the limits.
    func part(_ path: String, limit: Int? = nil) throws -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        let ceiling = limit ?? limits.unpackedBytes
        if let limit, entry.uncompressedSize > UInt64(limit) {
            throw FormFailure(
                file,
                "has an image \(path) of \(FormLimits.describe(Int(clamping: entry.uncompressedSize))); the limit is \(FormLimits.describe(limit)) — make it smaller and import again"
            )
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                guard data.count <= ceiling, self.unpacked + data.count <= self.limits.unpackedBytes else { throw Overflow() }
            }
        } catch is Overflow {
            if let limit, data.count > limit {
                throw FormFailure(file, "has an image \(path) larger than \(FormLimits.describe(limit)); make it smaller and import again")
            }
            throw FormFailure(
                file, "unpacks to more than \(FormLimits.describe(limits.unpackedBytes)); a Word form never does, so it was not read (possible zip bomb)")
        } catch {
            throw FormFailure(file, "is corrupted: its part \(path) cannot be unpacked; open it in Word or WPS, repair it and save again")
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

    /// What an OLE compound file is: an encrypted .docx (Word wraps those in one) or an old .doc under another name.
    private static func compoundFileMessage(_ bytes: [UInt8]) -> String {
        let marker = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let window = bytes.prefix(4 * 1024 * 1024)
        let encrypted = window.indices.contains { index in
            window[index] == marker[0] && window[index...].starts(with: marker)
        }
        return encrypted
            ? "is password-protected (encrypted); remove the password in Word or WPS (文件 › 信息 › 保护文档), save, and import again"
            : "is an old binary Word file (.doc or .wps) with a .docx name; rename it to .doc so it is converted, or save it as .docx"
    }

    private struct Overflow: Error {}
}
