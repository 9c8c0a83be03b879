import Casebook
import CasebookContent
import CasebookExport
import Foundation

/// The values of one form normalised the way `casebook check` accepts them: a unit's id for its name,
/// vocabulary labels for ticked options, years and counts as numbers, keywords as a list.
struct FormValues {
    let units: UnitTable

    /// The unit a 所在地区 names: exactly, or by the name it starts with (「湖南省长沙市」 → hunan); a city
    /// with independent planning status wins over its province (「广东省深圳市」 → shenzhen).
    func unit(_ text: String) -> CasebookContent.Unit? {
        if let unit = units.unit(named: text) { return unit }
        let compact = text.replacingOccurrences(of: " ", with: "")
        let named = units.units.filter { compact.contains($0.name) || compact.contains($0.short) }
        return named.first { $0.kind == .city } ?? named.first { $0.kind == .corps } ?? named.first
    }

    /// 「2023」, 「2023年」, 「2023年度」 → 2023.
    func year(_ text: String) -> Int? { SummaryImport.yearMentioned(in: text) }

    /// The chosen vocabulary terms of a choice field, ticked or written out.
    func terms<T: Vocabulary>(_ text: String, field: FormField, as type: T.Type) -> [T] {
        let chosen = TickedOptions.chosen(in: text, options: field.options).compactMap(T.init(naming:))
        if !chosen.isEmpty { return chosen }
        let hasMarks = text.contains { TickedOptions.ticks.contains($0) || TickedOptions.boxes.contains($0) }
        guard !hasMarks else { return [] }
        return Self.items(text).compactMap(T.init(naming:))
    }

    /// 「C25」 out of 「C25 石油、煤炭及其他燃料加工业」; nil when there is no such code.
    func industryCode(_ text: String) -> String? {
        let characters = Array(text.uppercased())
        for start in characters.indices where start + 2 < characters.count {
            let letter = characters[start], first = characters[start + 1], second = characters[start + 2]
            guard letter.isASCII, letter.isLetter, first.isASCII, first.isNumber, second.isASCII, second.isNumber else { continue }
            if start + 3 < characters.count, characters[start + 3].isASCII, characters[start + 3].isNumber { continue }
            if start > 0, characters[start - 1].isASCII, characters[start - 1].isLetter { continue }
            return String([letter, first, second])
        }
        return nil
    }

    /// The first whole number in the text (「120家」 → 120, 「1,200」 → 1200).
    func count(_ text: String) -> Int? {
        let digits = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
        let run = digits.drop { !($0.isASCII && $0.isNumber) }.prefix { $0.isASCII && $0.isNumber }
        return Int(run)
    }

    /// A list written with any of the usual separators: 、，,；; / and spaces.
    static func items(_ text: String) -> [String] {
        text.split { "、，,；;/|\n ".contains($0) || $0 == "\u{3000}" }
            .map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Text on one line: line breaks inside a cell become nothing between Chinese, a space otherwise.
    static func oneLine(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.reduce("") { joined, line in
            guard let last = joined.last, let first = line.first else { return joined + line }
            return joined + (last.isASCII && first.isASCII ? " " : "") + line
        }
    }
}
