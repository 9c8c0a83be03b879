import Foundation

extension Array where Element: Sendable {
    /// `map` spread over all cores; results keep the input order, so output stays deterministic.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let slots = Slots<T>(count: count)
        let input = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(input[index]))
        }
        return slots.values()
    }
}

/// Write-once result slots, one per index; each index is written by exactly one iteration, so
/// no two threads touch the same element.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [T] { storage.map { $0! } }
}
