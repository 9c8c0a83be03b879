/// The choices of one `casebook deploy` run.
public struct DeployOptions: Sendable {
    /// The folder `casebook build` wrote.
    public var output = "public"
    public var dryRun = false
    public var force = false
    public var deleteUnknown = false
    public var maxDeletes = 256
    public var concurrency = 8
    /// Where to write the URLs of changed and deleted pages, for a CDN refresh.
    public var changedURLsFile: String?
    public var retry = RetryPolicy()

    /// The defaults.
    public init() {}
}
