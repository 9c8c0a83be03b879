import Foundation

/// The rendered `case-card` partial of each case, per root prefix. A case appears on a dozen list,
/// taxonomy, unit and related-case pages; rendering its card once per page depth instead of once
/// per page is the largest single saving on a big site.
final class CardCache: @unchecked Sendable {
    // @unchecked: every access to `rendered` holds `lock`.
    private let lock = NSLock()
    private var rendered: [String: [Int: String]] = [:]

    /// The card of case `index` with links prefixed by `root`, rendered by `render` on first use.
    func html(_ index: Int, root: String, render: () -> String) -> String {
        if let cached = lock.withLock({ rendered[root]?[index] }) { return cached }
        let html = render()
        lock.withLock { rendered[root, default: [:]][index] = html }
        return html
    }
}
