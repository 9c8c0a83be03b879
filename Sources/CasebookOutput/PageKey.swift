/// What a page was made from, recorded beside it for the next build. `model` is the hash of its
/// model (`PreparedPage.key`): a page made again under the same one is the same page. `inputs`
/// is the hash of the files it is made from (`PageInputs`), known without making the model: a
/// later build whose inputs hash is the same keeps the page without making its model at all.
public struct PageKey: Sendable, Hashable {
    /// The hash of the page's model, its template and the build's identity.
    public let model: String
    /// The hash of what the page is made from; nil when it was not recorded.
    public let inputs: String?

    /// The key of a page made under `model` from `inputs`.
    package init(model: String, inputs: String?) {
        self.model = model
        self.inputs = inputs
    }

    /// Whether a page recorded under this key can stay for one whose model hashes to `model`, or,
    /// when the model was not made (nil), whose inputs hash to `inputs`.
    package func allows(model: String?, inputs: String?) -> Bool {
        if let model { return model == self.model }
        return inputs != nil && inputs == self.inputs
    }

    /// One line of the keys file: `model inputs path`, with `-` for inputs not recorded.
    package func line(for path: String) -> String {
        "\(model) \(inputs ?? "-") \(path)"
    }

    /// The path and key of a line written by `line(for:)`; nil for any other line.
    package static func parse(_ line: Substring) -> (path: String, key: PageKey)? {
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
        return (String(parts[2]), PageKey(model: String(parts[0]), inputs: parts[1] == "-" ? nil : String(parts[1])))
    }
}
