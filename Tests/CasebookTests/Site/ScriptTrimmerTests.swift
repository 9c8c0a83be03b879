import CasebookContent
import CasebookSupport
import CasebookTheme
import Testing

@testable import Casebook
@testable import CasebookPages

@Suite("Theme scripts without comment lines and indentation")
struct ScriptTrimmerTests {
    func trimmed(_ text: String) -> String { String(decoding: ScriptTrimmer.trimmed(Array(text.utf8)), as: UTF8.self) }

    @Test("comment lines, blank lines and indentation go; code and its line breaks stay")
    func trims() {
        let script = "(function () {\n  // why\n\n  var a = 1 // kept: not a whole-line comment\n\t  a++\r\n    return \"//x\"\n})();\n"
        #expect(trimmed(script) == "(function () {\nvar a = 1 // kept: not a whole-line comment\na++\nreturn \"//x\"\n})();\n")
    }

    @Test("a script that may hold a string spanning lines is left byte for byte")
    func leavesMultilineStrings() {
        for script in ["var t = `a\n  b`;\n", "var s = \"a\\\n  b\";\n"] {
            #expect(trimmed(script) == script)
        }
        #expect(trimmed("  // a `quoted` name in a comment\n  go()\n") == "go()\n")
    }

    @Test("the default theme's search.js loses about a quarter of its bytes")
    func defaultTheme() throws {
        var diagnostics: [Diagnostic] = []
        let theme = Theme.load(name: "default", language: .chinese, root: "/nonexistent", diagnostics: &diagnostics)
        let script = try #require(theme.assets["search.js"]).bytes
        let trimmed = ScriptTrimmer.trimmed(script)
        #expect(trimmed.count < script.count * 8 / 10, "\(script.count) → \(trimmed.count)")
    }
}
