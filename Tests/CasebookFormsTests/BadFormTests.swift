import Casebook
import Foundation
import Testing

@testable import CasebookExport
@testable import CasebookForms

/// Bad input never hurts: each bad form is refused by name, leaves nothing behind, and the good form
/// imported in the same run still becomes its file.
@Suite("Bad forms")
struct BadFormTests {
    /// Imports `bad` (named `name`) together with a good form; returns the failure message.
    static func refuse(_ name: String, _ bad: [UInt8], limits: FormLimits = .standard) throws -> String {
        let site = try FormSite()
        let before = site.contentFiles
        let good = try site.form("good.docx", FormFixture(FormFixture.table(FormFixture.caseRows)).bytes())
        let outcome = try site.importForms([try site.form(name, bad), good], limits: limits)
        #expect(outcome.created == 1 && outcome.failed == 1)
        let created = outcome.results.compactMap { if case .created(_, let path, _) = $0 { path } else { nil } }
        #expect(site.contentFiles == (before + created).sorted(), "only the good form's file was written")
        let root = (site.root as NSString).deletingLastPathComponent
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: root)) == ["site", name, "good.docx"], "nothing written outside the site")
        for case .failed(let failure) in outcome.results { return failure.description }
        return ""
    }

    @Test("not a Word file: text with a .docx name, a PDF, a spreadsheet")
    func notWord() throws {
        #expect(try Self.refuse("notes.docx", Array("hello".utf8)).contains("notes.docx: is not a Word document"))
        #expect(try Self.refuse("scan.pdf", Array("%PDF-1.4".utf8)).contains("scan.pdf: is not a Word file"))
        let xlsx = try ZipArchive.zip([("xl/workbook.xml", Array("<workbook/>".utf8))])
        #expect(try Self.refuse("table.docx", xlsx).contains("table.docx: is a ZIP file but not a Word document"))
    }

    @Test("password-protected and corrupted files")
    func protectedAndCorrupted() throws {
        var encrypted: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 500)
        encrypted += "EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try Self.refuse("secret.docx", encrypted).contains("secret.docx: is password-protected"))
        let whole = try FormFixture(FormFixture.table(FormFixture.caseRows)).bytes()
        #expect(try Self.refuse("cut.docx", Array(whole.prefix(whole.count / 2))).contains("cut.docx: is corrupted"))
        let broken = try FormFixture("<w:p><w:r><w:t>unclosed").bytes()
        #expect(try Self.refuse("broken.docx", broken).contains("broken.docx: is corrupted"))
    }

    @Test("zip bombs: too many entries, or more unpacked bytes than the limit")
    func zipBombs() throws {
        var many = FormFixture(FormFixture.table(FormFixture.caseRows))
        many.extra = (0..<40).map { ("word/filler\($0).xml", Array("<x/>".utf8)) }
        #expect(try Self.refuse("many.docx", many.bytes(), limits: FormLimits(entries: 30)).contains("many.docx: holds more than 30 entries"))
        let bomb = try FormFixture(FormFixture.table(FormFixture.caseRows) + String(repeating: " ", count: 300_000)).bytes()
        #expect(bomb.count < 100_000, "it compresses well, as bombs do")
        #expect(try Self.refuse("bomb.docx", bomb, limits: FormLimits(unpackedBytes: 200_000)).contains("bomb.docx: unpacks to more than"))
    }

    @Test("media names that leave the package, entry names with ../ or an absolute path, an oversized image")
    func unsafeMedia() throws {
        let body = FormFixture.table(FormFixture.caseRows) + FormFixture.p("一、案例背景") + "<w:p>" + NarrativeTests.image("rIdEvil", alt: "x") + "</w:p>"
        var climbing = FormFixture(body)
        climbing.relationships = [("rIdEvil", "../../../../tmp/evil.png")]
        #expect(try Self.refuse("climb.docx", climbing.bytes()).contains("climb.docx: links an image named '../../../../tmp/evil.png', which points outside"))
        var entry = FormFixture(body)
        entry.relationships = [("rIdEvil", "media/a.png")]
        entry.media = [("../../evil.png", NarrativeTests.png)]
        #expect(try Self.refuse("entry.docx", entry.bytes()).contains("entry.docx: has an entry named '../../evil.png'"))
        var absolute = FormFixture(body)
        absolute.media = [("/etc/evil.png", NarrativeTests.png)]
        #expect(try Self.refuse("absolute.docx", absolute.bytes()).contains("absolute.docx: has an entry named '/etc/evil.png'"))
        var large = FormFixture(body)
        large.relationships = [("rIdEvil", "media/big.png")]
        large.media = [("word/media/big.png", NarrativeTests.png + Array(repeating: 0, count: 5_000))]
        #expect(try Self.refuse("large.docx", large.bytes(), limits: FormLimits(imageBytes: 1_000)).contains("large.docx: has an image word/media/big.png"))
    }

    @Test("no recognisable fields, and a required field missing or unreadable, named in the form's words")
    func missingFields() throws {
        #expect(try Self.refuse("letter.docx", FormFixture(FormFixture.p("尊敬的领导：您好！")).bytes()).contains("letter.docx: no field of a 申报书 was recognised"))
        let rows = FormFixture.caseRows.filter { $0[0] != "所属行业" }.map { $0[0] == "所在地区" ? ["所 在 地 区", "火星"] : $0 }
        let message = try Self.refuse("partial.docx", FormFixture(FormFixture.table(rows)).bytes())
        #expect(message.contains("partial.docx: not imported: "))
        #expect(message.contains("「所 在 地 区」 '火星' cannot be read"))
        #expect(message.contains("the form has no 「所属行业」"))
    }

    @Test(".doc, .wps, .odt and .rtf without LibreOffice: one message naming the package")
    func noLibreOffice() throws {
        let site = try FormSite()
        let forms = [try site.form("a.doc", [0xD0, 0xCF]), try site.form("b.wps", [0xD0, 0xCF])]
        let outcome = try site.importForms(forms)
        #expect(outcome.results.count == 1)
        guard case .failed(let failure) = try #require(outcome.results.first) else { return }
        #expect(failure.description.contains("a.doc, ") && failure.description.contains("b.wps: converting"))
        #expect(failure.description.contains("install the package libreoffice-writer-nogui"))
    }
}
