/// Writes the document information of a PDF that Chromium printed. Chromium's printToPDF sets
/// only the Title (from `<title>`) and names itself the Creator; a book also needs its author and
/// subject, and should name the tool that made it. The file is left as Chromium wrote it and an
/// incremental update is appended — a new Info object, a cross-reference section for it, and a
/// trailer pointing back at the previous one — which every PDF reader applies on top.
enum PDFInfo {
    /// What goes into the Info dictionary.
    struct Fields: Sendable, Equatable {
        var title: String
        var author: String?
        var subject: String?
        var creator: String
    }

    /// `pdf` with `fields` as its document information; nil when the file is not laid out as
    /// `PDFDestinations` expects (a classic cross-reference table), and is then better left alone.
    static func updating(_ pdf: [UInt8], with fields: Fields) -> [UInt8]? {
        guard let objects = PDFDestinations.objectOffsets(pdf),
            let xrefStart = PDFDestinations.lastRange(of: "startxref", in: pdf),
            let previous = PDFDestinations.dictionaryText(pdf, from: xrefStart).split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap({ Int($0) }),
            let trailerStart = PDFDestinations.lastRange(of: "trailer", in: pdf)
        else { return nil }
        let trailer = PDFDestinations.dictionaryText(pdf, from: trailerStart)
        guard let root = PDFDestinations.reference(after: "/Root", in: trailer),
            let size = integer(after: "/Size", in: trailer)
        else { return nil }
        let old = PDFDestinations.reference(after: "/Info", in: trailer).flatMap { PDFDestinations.object($0, in: pdf, offsets: objects) } ?? ""

        var entries = ["/Title " + textString(fields.title), "/Creator " + textString(fields.creator)]
        if let author = fields.author { entries.append("/Author " + textString(author)) }
        if let subject = fields.subject { entries.append("/Subject " + textString(subject)) }
        // Chromium's own dates and producer stay: they say when and by what the pages were drawn.
        for key in ["/Producer", "/CreationDate", "/ModDate"] {
            if let value = literal(after: key, in: old) { entries.append(key + " " + value) }
        }
        var update = pdf.last == UInt8(ascii: "\n") ? "" : "\n"
        let infoOffset = pdf.count + update.utf8.count
        update += "\(size) 0 obj\n<< " + entries.joined(separator: "\n") + " >>\nendobj\n"
        let xrefOffset = pdf.count + update.utf8.count
        update +=
            "xref\n0 1\n0000000000 65535 f \n\(size) 1\n" + String(repeating: "0", count: max(0, 10 - String(infoOffset).count)) + "\(infoOffset) 00000 n \n"
        var newTrailer = "/Size \(size + 1) /Root \(root) 0 R /Info \(size) 0 R /Prev \(previous)"
        if let id = trailer.range(of: "/ID"), let close = trailer[id.upperBound...].firstIndex(of: "]") {
            newTrailer += " " + trailer[id.lowerBound...close]
        }
        update += "trailer\n<< " + newTrailer + " >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        return pdf + Array(update.utf8)
    }

    /// A PDF text string: UTF-16BE with its byte order mark, written in hex, so any text is safe.
    static func textString(_ text: String) -> String {
        "<FEFF"
            + text.utf16.map { unit in
                let hex = String(unit, radix: 16, uppercase: true)
                return String(repeating: "0", count: 4 - hex.count) + hex
            }.joined() + ">"
    }

    /// `/Size 42` → 42.
    private static func integer(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return text[range.upperBound...].split { $0.isWhitespace || $0 == "/" || $0 == ">" }.first.flatMap { Int($0) }
    }

    /// `/Producer (Skia/PDF m120)` → `(Skia/PDF m120)`: a literal string without nested parentheses.
    private static func literal(after key: String, in text: String) -> String? {
        guard let range = text.range(of: key), let open = text[range.upperBound...].firstIndex(where: { !$0.isWhitespace }),
            text[open] == "(", let close = text[open...].firstIndex(of: ")")
        else { return nil }
        return String(text[open...close])
    }
}
