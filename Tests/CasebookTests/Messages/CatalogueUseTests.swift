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

    /// Calls whose sentence is made from a reason or a key, never passed in as text.
    static let valueCalls = [
        "FormFailure(", "DeployError(", "progress.note(", "progress.warning(", "notes.append(", "problems.append(",
    ]

    /// The string literals inside the call that starts at `start`, up to its closing parenthesis,
    /// that hold words: two words with a space between them, or any Chinese.
    static func sentences(inCallAt start: String.Index, of text: String) -> [String] {
        var depth = 0, inString = false, literal = "", found: [String] = []
        var index = start
        var previous: Character = " "
        while index < text.endIndex {
            let character = text[index]
            if inString {
                if character == "\"" && previous != "\\" {
                    inString = false
                    let words = literal.replacing(#/\\\([^)]*\)/#, with: "")
                    if words.contains(#/\p{L}\s+\p{L}/#) || words.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
                        found.append(literal)
                    }
                } else {
                    literal.append(character)
                }
            } else if character == "\"" {
                inString = true
                literal = ""
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
                if depth == 0 { break }
            }
            previous = character
            index = text.index(after: index)
        }
        return found
    }

    @Test("no literal sentence is given to a form failure, a form problem or note, a deploy error or a deploy line")
    func failuresAreValues() {
        let planted = #"throw FormFailure(.other(.verbatim("is not a form")), path: file)"#
        #expect(Self.sentences(inCallAt: planted.range(of: "FormFailure(")!.lowerBound, of: planted) == ["is not a form"], "the rule sees a planted sentence")
        var found: [String] = []
        for (path, text) in Self.sources {
            for call in Self.valueCalls {
                for range in text.ranges(of: call) {
                    for sentence in Self.sentences(inCallAt: range.lowerBound, of: text) {
                        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
                        found.append("Sources/\(path):\(line): \(call) \"\(sentence)\"")
                    }
                }
            }
        }
        #expect(found.isEmpty, "give these a reason or a catalogue key instead:\n\(found.joined(separator: "\n"))")
    }

    @Test("only the catalogue and the console wrap text as `untranslated`")
    func untranslatedStaysInside() {
        let allowed = ["CasebookSupport/", "casebook/Console.swift"]
        let found = Self.sources.filter { path, text in
            text.contains("Message(\"untranslated\"") && !allowed.contains { path.hasPrefix($0) }
        }.map(\.path)
        #expect(found.isEmpty, "say these through a catalogue key (or Message.verbatim for a name or value): \(found)")
    }
}
