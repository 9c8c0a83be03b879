import CasebookSupport
import Foundation
import ZIPFoundation

/// ZIP packages in memory, as XLSX workbooks are. The only file that names ZIPFoundation.
public enum ZipArchive {
    /// Why a ZIP package could not be written or read, with ZIPFoundation's own words when it gave any.
    public struct Failure: Error, MessageConvertible, Sendable, Equatable {
        /// Why the package could not be written or read.
        public enum Reason: Sendable, Equatable {
            case cannotStart, cannotReadBack, notAZipPackage
        }

        /// Why it failed.
        public let reason: Reason
        /// ZIPFoundation's description of its error, if any.
        public let detail: String?

        /// A failure; `detail` is the underlying error's text.
        public init(_ reason: Reason, detail: String? = nil) {
            self.reason = reason
            self.detail = detail
        }

        /// The sentence printed for the person at the terminal.
        public var message: Message {
            let cause: Message.Argument = detail.map { .message(Message("zip.cause", ["detail": .text($0)])) } ?? ""
            switch reason {
            case .cannotStart: return Message("zip.cannotStart", ["cause": cause])
            case .cannotReadBack: return Message("zip.cannotReadBack", ["cause": cause])
            case .notAZipPackage: return Message("zip.notAZipPackage", ["cause": cause])
            }
        }
    }

    /// Every entry gets this time, so the same content always gives the same bytes.
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800) // 2000-01-01 00:00:00 UTC

    /// A ZIP of `entries` (path, bytes), deflated, in the given order.
    public static func zip(_ entries: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
        let archive: Archive
        do { archive = try Archive(accessMode: .create) } catch {
            throw Failure(.cannotStart, detail: "\(error)")
        }
        for entry in entries {
            let data = Data(entry.bytes)
            try archive.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Failure(.cannotReadBack) }
        return [UInt8](data)
    }

    /// The files of a ZIP package by path; folders are skipped.
    static func unzip(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw Failure(.notAZipPackage, detail: "\(error)")
        }
        var files: [String: [UInt8]] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            files[entry.path] = [UInt8](data)
        }
        return files
    }
}
