/// Two models shown as one: the names of both in one object, the second's winning. A page is its
/// main model inside the layout's chrome; a listed case is its card and the card's HTML.
public struct Merged<Base: Encodable & Sendable, Extra: Encodable & Sendable>: Sendable, Encodable {
    /// The model whose names come first.
    public let base: Base
    /// The model whose names are added, and replace the base's of the same name.
    public let extra: Extra

    /// `base`'s names with `extra`'s laid over them.
    public init(_ base: Base, _ extra: Extra) {
        self.base = base
        self.extra = extra
    }

    /// Writes both models into one object, the second after the first so its names win.
    public func encode(to encoder: any Encoder) throws {
        try base.encode(to: encoder)
        try extra.encode(to: encoder)
    }
}

/// A case in a list: its card's names and its rendered card (`{{{html}}}`).
public typealias ListedCase = Merged<CaseCard, CardHTML>
/// A case on its page (`{{#case}}`): its card's names and everything else the page shows.
public typealias CaseDetails = Merged<CaseCard, CaseFacts>
/// A year of an outstanding region on its unit page: its award line and its material.
public typealias UnitYear = Merged<RegionItem, RegionDetails>
/// A whole page: the layout's chrome and the page template's model.
public typealias PageModel<Main: Encodable & Sendable> = Merged<SiteChrome, Main>
