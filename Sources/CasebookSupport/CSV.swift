import Foundation

/// CSV as Excel, WPS and LibreOffice open it (RFC 4180): UTF-8 with a byte-order mark so that
/// Chinese is not read as the local code page, CRLF line ends, and fields quoted when they hold a
/// comma, a quote or a line break.
public enum CSV {
    /// Why a CSV file could not be read.
    public struct ReadError: Error, MessageConvertible, Sendable, Equatable {
        /// Why the file could not be read.
        public enum Reason: Sendable, Equatable {
            /// The bytes are neither UTF-8 nor GB 18030.
            case unknownEncoding
        }

        /// Why the file could not be read.
        public let reason: Reason

        /// A read error for `reason`.
        public init(_ reason: Reason) { self.reason = reason }

        /// The sentence printed for the person at the terminal.
        public var message: Message {
            switch reason {
            case .unknownEncoding: Message("csv.unknownEncoding")
            }
        }
    }

    /// The file's bytes for `rows`. A cell that a spreadsheet would run as a formula (starting with
    /// `=`, `+`, `-` or `@`, such as a phone number `+86…`) gets a leading apostrophe, which
    /// spreadsheets take as "this is text"; `read` removes it again.
    public static func write(_ rows: [[String]]) -> [UInt8] {
        var bytes = Array("\u{FEFF}".utf8)
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes += quote(guardFormula(field)).utf8
            }
            bytes += "\r\n".utf8
        }
        return bytes
    }

    /// The rows of a CSV file: UTF-8 (with or without a byte-order mark) or, as Excel saves
    /// "CSV" on Chinese Windows, GB 18030. Quoted fields may hold commas, quotes and line breaks.
    public static func read(_ bytes: [UInt8]) throws -> [[String]] {
        var rows = try parse(decode(bytes))
        while let last = rows.last, last.allSatisfy(\.isEmpty) { rows.removeLast() }
        return rows.map { $0.map(unguardFormula) }
    }

    static func quote(_ field: String) -> String {
        // Bytes, not Characters: the four are ASCII, and grapheme breaking is slow on long Chinese text.
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func guardFormula(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return field }
        return "'" + field
    }

    static func unguardFormula(_ field: String) -> String {
        guard field.hasPrefix("'"), let second = field.unicodeScalars.dropFirst().first, "=+-@".unicodeScalars.contains(second) else { return field }
        return String(field.dropFirst())
    }

    /// GB 18030, Foundation's NSStringEncoding for kCFStringEncodingGB_18030_2000 (CoreFoundation's
    /// converter function is not available on Linux, the encoding is).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func decode(_ bytes: [UInt8]) throws -> String {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        if let text = String(validating: slice, as: UTF8.self) { return text }
        if let text = String(bytes: slice, encoding: gb18030) { return text }
        throw ReadError(.unknownEncoding)
    }

    /// RFC 4180 fields; also accepts LF line ends and a missing final line end.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return scalars.next()
        }
        while let scalar = next() {
            if inQuotes {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            inQuotes = false
                            pending = following
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: inQuotes = true
            case ",":
                row.append(field)
                field = ""
            case "\r", "\n":
                if scalar == "\r", let following = next(), following != "\n" { pending = following }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
