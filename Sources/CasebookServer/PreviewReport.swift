import Casebook
import CasebookSupport

/// What the preview tells its user as it goes; the command prints these on the terminal.
public enum PreviewReport: Sendable {
    /// A build succeeded: pages served, seconds taken, warnings, and whether it was the first.
    case built(pages: Int, seconds: Double, warnings: [Diagnostic], first: Bool)
    /// A build failed; the last good site is still served.
    case failed(diagnostics: [Diagnostic], seconds: Double)
    /// The phases of the build just reported, as a table, and how many served files it changed;
    /// only with `PreviewConfiguration.timings`.
    case timings(table: String, changed: Int)
    /// Files changed on disk; a rebuild follows.
    case changed([String])
    /// The server listens at this address.
    case listening(url: String)
    /// The server stopped after a signal.
    case stopped
}
