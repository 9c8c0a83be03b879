import CasebookSupport

/// Where a deploy tells what it is doing: the command shows a bar on a terminal, tests ignore it.
public protocol DeployProgress: Sendable {
    /// `done` of `total` uploads finished.
    func uploaded(_ done: Int, of total: Int)
    /// A line worth saying even without a terminal (a dry-run entry).
    func note(_ message: Message)
    /// A warning: something held back that the user should look at.
    func warning(_ message: Message)
}
