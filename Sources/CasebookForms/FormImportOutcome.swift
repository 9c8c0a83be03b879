import CasebookSupport

/// What `casebook import form` did with each form, in the order the forms were given.
public struct FormImportOutcome: Sendable {
    /// One form's result.
    public enum Result: Sendable {
        /// The file written (relative to the site folder) and the summary line of the form.
        case created(form: String, path: String, summary: Message)
        /// Why the form was refused.
        case failed(FormFailure)
    }

    /// Each form's result.
    public internal(set) var results: [Result] = []

    /// How many forms became files.
    public var created: Int { results.filter { if case .created = $0 { true } else { false } }.count }
    /// How many forms were refused.
    public var failed: Int { results.count - created }
}
