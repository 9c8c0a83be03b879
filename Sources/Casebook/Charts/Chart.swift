import CasebookContent

/// One chart of the home dashboard: a titled list of labelled counts, drawn as horizontal bars
/// and repeated as a data table.
public struct Chart: Sendable, Hashable {
    /// One bar, and one row of the table.
    public struct Bar: Sendable, Hashable {
        /// The full label, used in the table.
        public let label: String
        /// A shorter label for the bar when the full one is long (`平台企业`), else the label.
        public let shortLabel: String
        /// The count: the bar's length and the number in the table.
        public let value: Int
        /// Route of the page listing these cases (`types/platform/`), when there is one.
        public let route: String?

        /// A bar; the short label is the full one unless given.
        public init(label: String, shortLabel: String? = nil, value: Int, route: String? = nil) {
            self.label = label
            self.shortLabel = shortLabel ?? label
            self.value = value
            self.route = route
        }
    }

    /// ASCII name, unique on the page, used for element ids (`units`).
    public let id: String
    /// The heading shown above the chart, in the site's language.
    public let title: String
    /// A sentence that says what the chart shows, for `<desc>`.
    public let summary: String
    /// The heading of the table's label column.
    public let labelHeading: String
    /// The heading of the table's count column (cases or awards).
    public let valueHeading: String
    /// The bars in the order drawn, which the chart chooses (official order, or a timeline).
    public let bars: [Bar]

    /// The sum of all values.
    public var total: Int { bars.reduce(0) { $0 + $1.value } }
}
