/// What the template engine reads: a page model after `TemplateEncoder` converted it. A name a
/// model declares is always present — `absent` when it has no value — so that a lookup stops at
/// the model that declares it instead of finding another value of that name further out.
public enum TemplateValue: Sendable, Equatable {
    /// A declared name without a value: false in sections, nothing in variables.
    case absent
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Whether a section over the value renders: not for absent, false, "" or an empty list.
    var isTruthy: Bool {
        switch self {
        case .absent: false
        case .flag(let value): value
        case .text(let text): !text.isEmpty
        case .list(let list): !list.isEmpty
        case .number, .object: true
        }
    }

    /// The value of `name` in an object; nil when the value is not an object or does not declare it.
    func child(_ name: String) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[name]
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    /// `"…"` as text, for tests and hand-built models.
    public init(stringLiteral value: String) { self = .text(value) }
    /// `42` as a number.
    public init(integerLiteral value: Int) { self = .number(value) }
    /// `true` or `false` as a flag.
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    /// `[…]` as a list.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    /// `["name": …]` as an object; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements) { _, last in last })
    }
    /// `nil` as an absent value.
    public init(nilLiteral: ()) { self = .absent }

    /// A table of UI strings (`t`) as an object of texts.
    public init(strings: [String: String]) { self = .object(strings.mapValues(TemplateValue.text)) }
}
