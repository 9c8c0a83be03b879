import Casebook
import CasebookContent
import CasebookExport
import CasebookSupport

/// The fields found on one form, read one by one into what the entry needs, keeping account of what
/// was filled, what stops the import (a required field missing or unreadable) and what was left out.
struct FieldValues {
    let reading: FormReader.Reading
    let normaliser: FormValues
    var filled: [String] = []
    var problems: [FormProblem] = []
    var notes: [Message] = []

    init(reading: FormReader.Reading, normaliser: FormValues) {
        self.reading = reading
        self.normaliser = normaliser
    }

    /// The non-empty value found for `key`.
    func text(_ key: FormField.Key) -> String? {
        guard let found = reading.found[key], !found.value.isEmpty else { return nil }
        return found.value
    }

    /// The value of a required field through `read`; a problem, in the form's words, when it is missing or unreadable.
    mutating func required<T>(_ key: FormField.Key, expected: Message? = nil, _ read: (String) -> T?) -> T? {
        let field = reading.kind.field(key)
        guard let found = reading.found[key] else {
            problems.append(.absent(label: field.label, synonyms: Array(field.synonyms.prefix(3))))
            return nil
        }
        guard !found.value.isEmpty else {
            problems.append(.empty(label: found.label))
            return nil
        }
        guard let value = read(found.value) else {
            problems.append(.unreadable(label: found.label, value: FormValues.oneLine(found.value), expected: expected))
            return nil
        }
        filled.append(field.label)
        return value
    }

    /// The value of an optional field through `read`; a note when it is there but unreadable.
    mutating func optional(_ key: FormField.Key, expected: Message? = nil, _ read: (String) -> String?) -> String? {
        guard let found = reading.found[key], !found.value.isEmpty else { return nil }
        guard let value = read(found.value) else {
            let arguments: [String: Message.Argument] = ["label": "\(found.label)", "value": "\(FormValues.oneLine(found.value))"]
            notes.append(
                expected.map { Message("form.note.unreadableExpected", arguments.merging(["expected": .message($0)]) { given, _ in given }) }
                    ?? Message("form.note.unreadable", arguments))
            return nil
        }
        filled.append(reading.kind.field(key).label)
        return value
    }

    /// 申报年度, or, when the form leaves it out, the year of 填报日期.
    mutating func year() -> Int? {
        let normaliser = self.normaliser
        if reading.found[.year] == nil || reading.found[.year]?.value.isEmpty == true, let date = text(.fillDate), let year = normaliser.year(date) {
            notes.append(Message("form.note.yearFromDate"))
            return year
        }
        return required(.year, expected: Message("form.expected.year")) { normaliser.year($0) }
    }

    /// The private contact block: 联系人 (with 职务), 联系电话, 电子邮箱.
    mutating func contact(into lines: inout [(key: String, value: String, comment: String)]) {
        var name = text(.contactName).map(FormValues.oneLine)
        if let position = text(.contactPosition).map(FormValues.oneLine) { name = (name ?? "") + "（\(position)）" }
        let parts = [("name", name), ("phone", text(.contactPhone).map(FormValues.oneLine)), ("email", text(.contactEmail).map(FormValues.oneLine))]
            .compactMap { key, value in value.map { "\(key): \(YAMLText.quoted($0))" } }
        for key in [FormField.Key.contactName, .contactPosition, .contactPhone, .contactEmail] where text(key) != nil {
            filled.append(reading.kind.field(key).label)
        }
        if !parts.isEmpty { lines.append(("contact", "{ " + parts.joined(separator: ", ") + " }", "联系人（保密：不会写入网站的任何文件）")) }
    }
}
