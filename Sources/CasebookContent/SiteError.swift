import CasebookSupport

/// Why a site could not be loaded at all (as opposed to content mistakes, which are diagnostics).
public typealias SiteError = PathFailure<SiteErrorReason>

/// Why the site folder (the failure's path) could not be loaded.
public enum SiteErrorReason: PathReason {
    /// The folder has no site.yaml.
    case noSiteConfig

    /// The sentence printed for the person at the terminal.
    public func message(path: String) -> Message {
        switch self {
        case .noSiteConfig: Message("site.noConfig", ["path": "\(path)"])
        }
    }
}
