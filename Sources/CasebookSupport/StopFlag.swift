import Foundation

/// A flag one thread raises and others read: "the work you are doing beside me may stop now".
package final class StopFlag: @unchecked Sendable {
    // @unchecked: `raised` is only touched under `lock`.
    private let lock = NSLock()
    private var raised = false

    /// A flag not yet raised.
    package init() {}

    /// Raises the flag; it stays raised.
    package func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }

    /// Whether the flag has been raised.
    package var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }
}
