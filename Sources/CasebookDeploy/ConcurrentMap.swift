/// Runs an async operation over many items with at most `width` in flight; the first failure
/// cancels the rest and is thrown. `finished` is called, in the caller's task, after each success.
enum ConcurrentMap {
    static func run<T: Sendable, R: Sendable>(
        _ items: [T], width: Int, finished: (Int) -> Void = { _ in },
        _ operation: @escaping @Sendable (T) async throws -> R
    ) async throws -> [R] {
        var results: [R] = []
        results.reserveCapacity(items.count)
        try await withThrowingTaskGroup(of: R.self) { group in
            var next = 0
            while next < min(max(1, width), items.count) {
                let item = items[next]
                group.addTask { try await operation(item) }
                next += 1
            }
            while let result = try await group.next() {
                results.append(result)
                finished(results.count)
                if next < items.count {
                    let item = items[next]
                    group.addTask { try await operation(item) }
                    next += 1
                }
            }
        }
        return results
    }
}
