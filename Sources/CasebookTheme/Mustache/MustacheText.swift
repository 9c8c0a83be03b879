extension Mustache {
    /// Byte classes of template text, matching what Swift's `Character` calls a newline or
    /// whitespace, since swift-mustache parsed by `Character`.
    enum Text {
        /// Letters, digits and `. - _ ? * ( )`: the characters swift-mustache reads as a name.
        static func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"),
                UInt8(ascii: "("), UInt8(ascii: ")"):
                true
            default:
                false
            }
        }

        /// Length in bytes of the line break at `index` (`\n`, `\r\n`, `\r`, VT, FF, NEL, LS, PS), or 0.
        static func newlineLength(_ bytes: [UInt8], at index: Int) -> Int {
            guard index < bytes.count else { return 0 }
            switch bytes[index] {
            case 0x0A, 0x0B, 0x0C:
                return 1
            case 0x0D:
                return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            case 0xC2:
                return byte(bytes, index + 1) == 0x85 ? 2 : 0
            case 0xE2:
                return byte(bytes, index + 1) == 0x80 && [0xA8, 0xA9].contains(byte(bytes, index + 2)) ? 3 : 0
            default:
                return 0
            }
        }

        /// Length in bytes of the whitespace character at `index` (ASCII or Unicode), or 0.
        static func whitespaceLength(_ bytes: [UInt8], at index: Int) -> Int {
            guard index < bytes.count else { return 0 }
            switch bytes[index] {
            case 0x09...0x0D, 0x20:
                return 1
            case 0xC2:
                return [0x85, 0xA0].contains(byte(bytes, index + 1)) ? 2 : 0
            case 0xE1:
                return byte(bytes, index + 1) == 0x9A && byte(bytes, index + 2) == 0x80 ? 3 : 0
            case 0xE2:
                let (second, third) = (byte(bytes, index + 1), byte(bytes, index + 2))
                let space = second == 0x80 && ((0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third))
                return space || (second == 0x81 && third == 0x9F) ? 3 : 0
            case 0xE3:
                return byte(bytes, index + 1) == 0x80 && byte(bytes, index + 2) == 0x80 ? 3 : 0
            default:
                return 0
            }
        }

        private static func byte(_ bytes: [UInt8], _ index: Int) -> UInt8 {
            index < bytes.count ? bytes[index] : 0
        }
    }
}
