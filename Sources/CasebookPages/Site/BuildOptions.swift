/// Choices made on the command line for one build.
public struct BuildOptions: Sendable, Hashable {
    /// Publish `draft: true` entries too.
    public var drafts = false
    /// Publish `status: recommended` cases too.
    public var includeRecommended = false
    /// Overrides `base_url` from site.yaml.
    public var baseURL: String?
    /// Ignore what earlier builds left in the site's `.casebook/` folder (the search index's base
    /// segment) and build everything afresh.
    public var noCache = false

    /// Options as given; the defaults are a plain `casebook build`.
    public init(drafts: Bool = false, includeRecommended: Bool = false, baseURL: String? = nil, noCache: Bool = false) {
        self.drafts = drafts
        self.includeRecommended = includeRecommended
        self.baseURL = baseURL
        self.noCache = noCache
    }
}
