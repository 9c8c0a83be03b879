/// The moments of a write at which a caller can step in, given to `SiteBuilder` or `OutputWriter`.
/// Tests use them to stop a build there (kill it, interrupt it) and prove that the previous site
/// survives; normal builds pass `.none`. A moment that throws ends the write like any other error.
public struct WriteMoments: Sendable {
    /// Called once, when the first few files are in the staging folder.
    public var midWrite: (@Sendable () throws -> Void)?
    /// Called once the staging folder is complete, just before it replaces or patches the output.
    public var beforeSwap: (@Sendable () throws -> Void)?

    /// Moments with the given callbacks; nil ones pass silently.
    public init(midWrite: (@Sendable () throws -> Void)? = nil, beforeSwap: (@Sendable () throws -> Void)? = nil) {
        self.midWrite = midWrite
        self.beforeSwap = beforeSwap
    }

    /// No callback: a normal build.
    public static let none = WriteMoments()
}
