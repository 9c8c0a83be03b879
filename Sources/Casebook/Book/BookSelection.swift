import CasebookContent

/// What one book holds, as chosen on the command line: a year, a unit and an enterprise type
/// narrow the published cases; the grouping overrides `book.group_by`.
public struct BookSelection: Sendable, Hashable {
    /// A choice that names nothing Casebook knows; a usage error.
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    public var year: Int?
    /// The unit, by id.
    public var unit: String?
    public var type: EnterpriseType?
    /// Overrides `book.group_by` of site.yaml when set.
    public var grouping: BookSettings.Grouping?

    /// Everything the site publishes.
    public init() {}

    /// A selection from command-line text: the unit by id, code, full or short name, the type by
    /// key or label (`platform`, `平台企业`), the grouping as `type` or `unit`.
    public init(year: Int? = nil, region: String? = nil, type: String? = nil, groupBy: String? = nil,
                units: UnitTable = .official) throws(Invalid) {
        self.year = year
        if let region {
            guard let unit = units.unit(named: region) else {
                throw Invalid(description: "Unknown unit '\(region)'. Name one of the 37 units by id, code, full or short name, for example hunan, 430000, 湖南省 or 湖南.")
            }
            self.unit = unit.id
        }
        if let type {
            guard let value = EnterpriseType(naming: type) else {
                throw Invalid(description: "Unknown enterprise type '\(type)'. Expected one of \(EnterpriseType.acceptedList).")
            }
            self.type = value
        }
        if let groupBy {
            guard let value = BookSettings.Grouping(rawValue: groupBy) else {
                throw Invalid(description: "Unknown --group-by '\(groupBy)'. Expected type or unit.")
            }
            grouping = value
        }
    }

    func includes(_ entry: CaseEntry) -> Bool {
        (year.map { entry.year == $0 } ?? true) && (unit.map { entry.unit.id == $0 } ?? true) && (type.map { entry.enterpriseType == $0 } ?? true)
    }

    /// Regions have no enterprise type: a book of one type holds cases only.
    func includes(_ region: RegionEntry) -> Bool {
        type == nil && (year.map { region.year == $0 } ?? true) && (unit.map { region.unit.id == $0 } ?? true)
    }
}
