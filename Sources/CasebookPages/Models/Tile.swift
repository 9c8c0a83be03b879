/// One unit of the tile map.
public struct Tile: Sendable, Encodable {
    /// The unit's full name.
    public let name: String
    /// Its short name.
    public let short: String
    /// Its unit page, after `root`.
    public let href: String
    /// Its cases.
    public let cases: Int
    /// The colour class of its count (0–4).
    public let level: Int
    /// Whether it has a place on the map grid.
    public let placed: Bool
    /// Its column (1-based).
    public let col: Int
    /// Its row (1-based).
    public let row: Int
    /// Its awards; absent when it has none.
    public let awards: Int?
    /// Its awards, 0 included.
    public let awardCount: Int

    /// Stores each field as given; the page builders compute them.
    public init(name: String, short: String, href: String, cases: Int, level: Int, placed: Bool, col: Int, row: Int, awards: Int? = nil, awardCount: Int) {
        self.name = name
        self.short = short
        self.href = href
        self.cases = cases
        self.level = level
        self.placed = placed
        self.col = col
        self.row = row
        self.awards = awards
        self.awardCount = awardCount
    }
}
