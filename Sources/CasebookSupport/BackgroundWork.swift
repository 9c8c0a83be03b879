import Foundation

/// Work that runs on another thread while the caller goes on; `wait` returns its result.
package final class BackgroundWork<T: Sendable, Failure: Error>: @unchecked Sendable {
    // @unchecked: `result` is written once by the worker before `group.leave()` and read only
    // after `group.wait()`, which orders the two.
    private let group = DispatchGroup()
    private var result: Result<T, Failure>?

    /// Starts `work` at once on a global queue.
    package init(_ work: @escaping @Sendable () throws(Failure) -> T) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { () throws(Failure) in try work() }
            self.group.leave()
        }
    }

    /// Waits for the work to end; returns what it returned or throws what it threw.
    package func wait() throws(Failure) -> T {
        group.wait()
        return try result!.get()
    }
}
