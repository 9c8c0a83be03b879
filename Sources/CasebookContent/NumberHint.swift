/// Reads numbers that people write where digits are expected — Chinese numerals (`二〇二二`,
/// `一百二十三`), full-width digits (`２０２２`), a trailing unit (`2022年`, `123家`) — so that a
/// diagnostic can say which digits were meant. Never used to accept such values silently.
enum NumberHint {
    /// The whole number `text` most likely stands for, or nil when it is not a number at all.
    static func value(of text: String) -> Int? {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while let last = trimmed.last, ["年", "家", "个", "级", "名", "位"].contains(last) { trimmed.removeLast() }
        guard !trimmed.isEmpty else { return nil }
        if let plain = Int(String(trimmed.unicodeScalars.map(asciiDigit))) { return plain }
        return chineseDigitString(trimmed) ?? chinesePositional(trimmed)
    }

    /// Full-width digits become ASCII ones; everything else stays.
    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Character {
        if (0xFF10...0xFF19).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) { return Character(ascii) }
        return Character(scalar)
    }

    private static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
    ]
    private static let multipliers: [Character: Int] = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10_000]

    /// Digit by digit, as years are read aloud: `二〇二二` → 2022.
    private static func chineseDigitString(_ text: String) -> Int? {
        guard text.count >= 2, text.count <= 9 else { return nil }
        var value = 0
        for character in text {
            guard let digit = digits[character] else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// With place words: `一百二十三` → 123, `十五` → 15, `两千零二十二` → 2022.
    private static func chinesePositional(_ text: String) -> Int? {
        var total = 0, section = 0, pending: Int?
        var sawMultiplier = false
        for character in text {
            if let digit = digits[character] {
                pending = digit
            } else if let multiplier = multipliers[character] {
                sawMultiplier = true
                if multiplier == 10_000 {
                    total += (section + (pending ?? 0)) * multiplier
                    section = 0
                } else {
                    section += (pending ?? 1) * multiplier
                }
                pending = nil
            } else {
                return nil
            }
        }
        guard sawMultiplier else { return nil }
        return total + section + (pending ?? 0)
    }
}
