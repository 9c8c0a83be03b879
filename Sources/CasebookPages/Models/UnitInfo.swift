/// A provincial unit, on its page.
public struct UnitInfo: Sendable, Encodable {
    /// Its name.
    public let name: String
    /// Its division code; absent when it has none.
    public let code: String?
    /// Its kind (province, municipality, …).
    public let kind: String

    /// Stores each field as given; the page builders compute them.
    public init(name: String, code: String? = nil, kind: String) {
        self.name = name
        self.code = code
        self.kind = kind
    }
}
