/// The choices of one `casebook deploy` run.
public struct DeployOptions: Sendable {
    /// The folder `casebook build` wrote.
    public var output = "public"
    /// `--dry-run`: list what would change and change nothing.
    public var dryRun = false
    /// `--force`: upload every file and lift the delete cap.
    public var force = false
    /// `--delete-unknown`: also delete objects under the prefix that Casebook did not write.
    public var deleteUnknown = false
    /// `--max-deletes`: over this many deletes, upload anyway but delete nothing.
    public var maxDeletes = 256
    /// `--concurrency`: how many requests are in flight at once.
    public var concurrency = 8
    /// Where to write the URLs of changed and deleted pages, for a CDN refresh.
    public var changedURLsFile: String?
    /// How often and how long to wait before a failed request is tried again.
    public var retry = RetryPolicy()

    /// The defaults.
    public init() {}
}
