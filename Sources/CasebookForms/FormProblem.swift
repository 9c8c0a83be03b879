import CasebookSupport

/// What stops one required field of a form from being imported, named by the form's own label.
public enum FormProblem: Sendable, Equatable {
    /// The form has no such label (nor any of its `synonyms`).
    case absent(label: String, synonyms: [String])
    /// The label is there, its value empty.
    case empty(label: String)
    /// The value cannot be read as what the field needs; `expected` says what would be.
    case unreadable(label: String, value: String, expected: Message?)

    /// The problem in words.
    public var message: Message {
        switch self {
        case .absent(let label, []): Message("form.problem.absent", ["label": "\(label)"])
        case .absent(let label, let synonyms): Message("form.problem.absentOr", ["label": "\(label)", "others": .message(.labels(synonyms))])
        case .empty(let label): Message("form.problem.empty", ["label": "\(label)"])
        case .unreadable(let label, let value, nil): Message("form.problem.unreadable", ["label": "\(label)", "value": "\(value)"])
        case .unreadable(let label, let value, let expected?):
            Message("form.problem.unreadableExpected", ["label": "\(label)", "value": "\(value)", "expected": .message(expected)])
        }
    }
}

extension Message {
    /// Labels of a form as one list: `a, b, c` in English, `a、b、c` in Chinese.
    static func labels(_ labels: [String]) -> Message {
        .list(labels.map(Message.verbatim), "form.labels")
    }
}
