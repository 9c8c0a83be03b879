import Foundation
import Testing

@testable import CasebookSupport

/// The code speaks through the catalogue: every key it names exists, and no diagnostic, report or
/// console line is written as an English literal in the code.
@Suite("Catalogue use")
struct CatalogueUseTests {
    /// Every Swift file under Sources/, with its text.
    static let sources: [(path: String, text: String)] = {
        let root = Repository.root + "/Sources"
        let walker = FileManager.default.enumerator(atPath: root)
        var found: [(String, String)] = []
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            found.append((path, (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? ""))
        }
        return found.sorted { $0.0 < $1.0 }
    }()

    @Test("every Message(\"key\") in the code names a key of the catalogue")
    func keysExist() {
        let keyUse = #/Message(?:\.counted)?\(\s*"([a-zA-Z0-9_.]+)"/#
        var missing: [String] = []
        for (path, text) in Self.sources {
            for match in text.matches(of: keyUse) {
                let key = String(match.output.1)
                guard !key.hasSuffix(".") else { continue } // a prefix completed in code: `"refusal." + key`
                let keys = text.contains("Message.counted(\"\(key)\"") ? [key + ".one", key + ".other"] : [key]
                for key in keys where MessageCatalogue.template(key, in: .en) == nil { missing.append("\(path): \(key)") }
            }
        }
        #expect(missing.isEmpty, "keys not in Resources/messages/en.json:\n\(missing.joined(separator: "\n"))")
    }

    @Test("no diagnostic, field report, console line or preview text is an English literal in the code")
    func noLiteralSentences() {
        // Calls whose words must come from the catalogue: a rule code followed by a string literal
        // (a diagnostic or a field report), a console line given a literal; in the preview, a plain
        // reply given a sentence, an overlay element or label given a literal, a page's text
        // written into its HTML, and an error that describes itself instead of naming its message.
        let literalSentence = #/"CB\d{4}",\s*"(?!CB\d)|console\.(say|error|progress)\("|\bprint\("/#
        let previewSentence =
            #/plain\(\.\w+,\s*"[^"]* |element\("\w+",\s*"[^"\s]*[A-Za-z\p{Script=Han}]|"aria-label",\s*"|<(title|h1|p|strong)>(?!\\\()|Error,[^{]*CustomStringConvertible/#
        var found: [String] = []
        for (path, text) in Self.sources {
            let pattern = path.hasPrefix("CasebookServer/") ? previewSentence : nil
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let literal = line.contains(literalSentence) || pattern.map { line.contains($0) } == true
                guard literal, !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") else { continue }
                found.append("Sources/\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(found.isEmpty, "put these sentences in Resources/messages/*.json and use Message(key, arguments):\n\(found.joined(separator: "\n"))")
    }
}
