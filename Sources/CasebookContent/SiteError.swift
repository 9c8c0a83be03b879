/// Why a site could not be loaded at all (as opposed to content mistakes, which are diagnostics).
public struct SiteError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Why the site could not be loaded.
    public enum Reason: Sendable, Equatable {
        /// The folder has no site.yaml.
        case noSiteConfig
    }

    /// The folder that was taken for the site.
    public let path: String
    /// Why it could not be loaded.
    public let reason: Reason

    /// An error about the site folder `path`.
    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    /// The sentence printed for the person at the terminal.
    public var description: String {
        switch reason {
        case .noSiteConfig: "No site.yaml in \(path). Run `casebook new site NAME` to start a site, or pass --source with the site folder."
        }
    }
}
