import Foundation
import Testing

@testable import CasebookSupport

/// The catalogues of Resources/messages: both languages say the same things with the same placeholders.
@Suite("Message catalogue")
struct MessageCatalogueTests {
    @Test("every key is in both languages, with the same placeholders, and no text is empty")
    func sameKeys() {
        let english = MessageCatalogue.keys(in: .en)
        #expect(!english.isEmpty, "the English catalogue is embedded and parses")
        #expect(english == MessageCatalogue.keys(in: .zhCN), "the two catalogues have different keys")
        for key in english {
            let en = MessageCatalogue.template(key, in: .en) ?? ""
            let zh = MessageCatalogue.template(key, in: .zhCN) ?? ""
            #expect(!en.isEmpty && !zh.isEmpty, "\(key) is empty")
            #expect(MessageCatalogue.placeholders(in: en) == MessageCatalogue.placeholders(in: zh), "\(key): placeholders differ")
        }
    }

    @Test("the Chinese catalogue is Chinese: every sentence with words in it has CJK")
    func chineseIsChinese() {
        for key in MessageCatalogue.keys(in: .zhCN) {
            let zh = MessageCatalogue.template(key, in: .zhCN) ?? ""
            let words = MessageCatalogue.fill(zh) { _ in "" }
            guard words.contains(where: \.isLetter) else { continue }
            #expect(words.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(key) has no Chinese: \(zh)")
        }
    }

    @Test("placeholders are filled by name, nested messages in the same language, and others kept as written")
    func filling() {
        let errors = Message.counted("count.errors", 2)
        let summary = Message("count.summary", ["errors": .message(errors), "warnings": .message(.counted("count.warnings", 1))])
        #expect(summary.text(in: .en) == "2 errors, 1 warning")
        #expect(summary.text(in: .zhCN) == "2 个错误，1 个警告")
        #expect(MessageCatalogue.fill("a {x} b {y} { {not-a-name}") { $0 == "x" ? "1" : nil } == "a 1 b {y} { {not-a-name}")
        #expect(MessageCatalogue.placeholders(in: "`{` {path}: {value}") == ["path", "value"])
    }

    @Test("a key missing from the catalogue falls back to the key itself, never a crash")
    func missingKey() {
        #expect(Message("no.such.key", ["a": "b"]).text(in: .zhCN) == "no.such.key")
    }

    @Test("language: --lang, then the site, then LC_ALL, LC_MESSAGES, LANG, then English")
    func precedence() {
        let chinese = ["LANG": "zh_CN.UTF-8"]
        #expect(Language.resolve(option: .en, site: .zhCN, environment: chinese) == .en)
        #expect(Language.resolve(option: nil, site: .en, environment: chinese) == .en)
        #expect(Language.resolve(option: nil, site: nil, environment: chinese) == .zhCN)
        #expect(Language.resolve(option: nil, site: nil, environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.resolve(option: nil, site: nil, environment: ["LC_MESSAGES": "zh_TW", "LANG": "en_US"]) == .zhCN)
        #expect(Language.resolve(option: nil, site: nil, environment: ["LC_ALL": "", "LANG": "zh"]) == .zhCN)
        #expect(Language.resolve(option: nil, site: nil, environment: [:]) == .en)
        #expect(Language(tag: "zh-CN") == .zhCN && Language(tag: "en") == .en && Language(tag: "fr") == nil)
    }

    @Test("a message is Codable and keeps its key and arguments")
    func codable() throws {
        let message = Message("count.summary", ["errors": .message(.counted("count.errors", 3)), "warnings": "none"])
        let decoded = try JSONDecoder().decode(Message.self, from: JSONEncoder().encode(message))
        #expect(decoded == message)
    }
}
