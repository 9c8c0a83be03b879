import Casebook
import CasebookPages
import CasebookSupport

/// What `casebook serve` was asked for.
public struct PreviewConfiguration: Sendable {
    /// The site folder, holding site.yaml.
    public var source: String
    /// The address to listen on; 127.0.0.1 unless the user asks for more.
    public var host: String
    /// The port; 0 picks a free one (tests).
    public var port: Int
    /// The sub-path the site is served under, as on the real host.
    public var basePath: BasePath
    /// Drafts and recommended cases, as for `casebook build`.
    public var options: BuildOptions
    /// How often the site's files are looked at where the kernel cannot tell of changes (no inotify).
    public var pollInterval: Duration
    /// How long the files must stay unchanged before a rebuild, so that one save of many files
    /// (or an editor's write-then-rename) gives one rebuild.
    public var debounce: Duration
    /// Report each build's phases, as `casebook build --timings` prints them.
    public var timings: Bool
    /// The language of what the preview says in the browser: the overlay, the waiting page, plain replies.
    public var language: Language

    /// A preview of `source`; the defaults are those of `casebook serve` without options.
    public init(
        source: String, host: String = "127.0.0.1", port: Int = 8000, basePath: BasePath,
        options: BuildOptions = .init(), pollInterval: Duration = .milliseconds(200),
        debounce: Duration = .milliseconds(50), timings: Bool = false,
        language: Language = .en
    ) {
        self.source = source
        self.host = host
        self.port = port
        self.basePath = basePath
        self.options = options
        self.pollInterval = pollInterval
        self.debounce = debounce
        self.timings = timings
        self.language = language
    }

    /// Whether the host is reachable from this machine only.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
