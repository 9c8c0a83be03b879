import CasebookContent

/// One class of the tile map's legend.
public struct LegendStep: Sendable, Encodable {
    /// The colour class.
    public let level: Int
    /// The range of counts it stands for.
    public let label: String

    /// Stores each field as given; the page builders compute them.
    public init(level: Int, label: String) {
        self.level = level
        self.label = label
    }
}
