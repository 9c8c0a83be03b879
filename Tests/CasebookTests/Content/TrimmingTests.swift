import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport

/// The fast trimming used while loading gives exactly what Foundation's does.
@Suite("Trimming white space")
struct TrimmingTests {
    static let samples = [
        "", " ", "a", " a ", "\ta\n", "湖南省", "\u{3000}湖南\u{3000}", "\u{00A0}x", "x\u{2028}", "a b", "\r\n",
        "\u{200B}zero-width\u{200B}", "\u{FEFF}bom", "末尾\u{0085}", "  中 文  ",
    ]

    @Test("equals trimmingCharacters(in:) for both sets", arguments: samples)
    func matchesFoundation(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.trimmingWhitespace(.whitespaces) == text.trimmingCharacters(in: .whitespaces))
    }
}
