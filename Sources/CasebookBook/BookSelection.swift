import CasebookContent
import CasebookSupport

/// What one book holds, as chosen on the command line: a year, a unit and an enterprise type
/// narrow the published cases; the grouping overrides `book.group_by`.
public struct BookSelection: Sendable, Hashable {
    /// A choice that names nothing Casebook knows; a usage error, with the text given.
    public struct Invalid: Error, MessageConvertible, Sendable, Equatable {
        /// Which option named nothing known.
        public enum Reason: Sendable, Equatable {
            case unknownUnit, unknownEnterpriseType, unknownGrouping
        }

        /// The option's text as given.
        public let value: String
        /// Which option it was.
        public let reason: Reason

        /// A usage error about `value`.
        public init(_ reason: Reason, value: String) {
            self.reason = reason
            self.value = value
        }

        /// The sentence printed for the person at the terminal.
        public var message: Message {
            switch reason {
            case .unknownUnit: Message("book.unknownUnit", ["value": "\(value)"])
            case .unknownEnterpriseType: Message("book.unknownType", ["value": "\(value)", "accepted": "\(EnterpriseType.acceptedList)"])
            case .unknownGrouping: Message("book.unknownGrouping", ["value": "\(value)"])
            }
        }
    }

    /// Only the cases of this year; nil keeps every year.
    public var year: Int?
    /// The unit, by id.
    public var unit: String?
    /// Only the cases of this kind of enterprise; nil keeps every kind.
    public var type: EnterpriseType?
    /// Overrides `book.group_by` of site.yaml when set.
    public var grouping: BookSettings.Grouping?

    /// Everything the site publishes.
    public init() {}

    /// A selection from command-line text: the unit by id, code, full or short name, the type by
    /// key or label (`platform`, `平台企业`), the grouping as `type` or `unit`.
    public init(
        year: Int? = nil, region: String? = nil, type: String? = nil, groupBy: String? = nil,
        units: UnitTable = .official
    ) throws(Invalid) {
        self.year = year
        if let region {
            guard let unit = units.unit(named: region) else {
                throw Invalid(.unknownUnit, value: region)
            }
            self.unit = unit.id
        }
        if let type {
            guard let value = EnterpriseType(naming: type) else {
                throw Invalid(.unknownEnterpriseType, value: type)
            }
            self.type = value
        }
        if let groupBy {
            guard let value = BookSettings.Grouping(rawValue: groupBy) else {
                throw Invalid(.unknownGrouping, value: groupBy)
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
