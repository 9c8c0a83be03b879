/// One dashboard chart with its SVG and its data table (`chart`).
public struct ChartModel: Sendable, Encodable {
    /// An ASCII name for element ids.
    public let id: String
    /// The title.
    public let title: String
    /// The bar chart as inline SVG.
    public let svg: String
    /// The table's label column heading.
    public let labelHeading: String
    /// The table's value column heading.
    public let valueHeading: String
    /// The bars.
    public let rows: [ChartRow]
    /// The sum of all values.
    public let total: Int

    /// Stores each field as given; the page builders compute them.
    public init(id: String, title: String, svg: String, labelHeading: String, valueHeading: String, rows: [ChartRow], total: Int) {
        self.id = id
        self.title = title
        self.svg = svg
        self.labelHeading = labelHeading
        self.valueHeading = valueHeading
        self.rows = rows
        self.total = total
    }
}
