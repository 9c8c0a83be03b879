/// How the tokenizer treats a scalar above ASCII, from a table of the Basic Multilingual Plane built
/// once per process (property lookups cost more than the rest of tokenizing).
enum ScalarClass: UInt8 {
    case separator, word, cjk, fullWidth, mapped, combining

    private static let plane: [ScalarClass] = (0..<0x1_0000).map { classify(UInt32($0)) }

    @inline(__always)
    static func of(_ value: UInt32) -> ScalarClass { value < 0x1_0000 ? plane[Int(value)] : classify(value) }

    static func classify(_ value: UInt32) -> ScalarClass {
        if SearchKey.isCJK(value) { return .cjk }
        if value >= 0xFF01, value <= 0xFF5E { return .fullWidth }
        guard let scalar = Unicode.Scalar(value) else { return .separator }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .combining
        default: break
        }
        if properties.changesWhenNFKCCaseFolded { return .mapped }
        return isWordCategory(properties.generalCategory) ? .word : .separator
    }

    /// Letters and digits of any script: `\p{L}` and `\p{N}` in search.js.
    static func isWordCategory(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}
