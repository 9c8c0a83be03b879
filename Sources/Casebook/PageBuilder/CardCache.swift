import CasebookPages
import CasebookTheme
import Foundation

/// What the pages need of each case, made on first use and kept for the build: its card, its
/// related cases, and its rendered `case-card` partial per root prefix. A case appears on a
/// dozen list, taxonomy, unit and related-case pages; rendering its card once per page depth
/// instead of once per page is the largest single saving on a big site. A rebuild that keeps
/// most pages from their inputs (`PageInputs`) never makes most of it.
final class CardCache: @unchecked Sendable {
    // @unchecked: every access to the tables holds `lock`.
    private let lock = NSLock()
    private var cards: [Int: (card: CaseCard, value: TemplateValue)] = [:]
    private var related: [Int: [Int]] = [:]
    private var rendered: [Rooted: String] = [:]

    /// A case's card under one root prefix.
    private struct Rooted: Hashable {
        let index: Int
        let root: String
    }

    /// The card of case `index` and its value for the template engine, made by `make` on first use.
    func card(_ index: Int, make: () -> CaseCard) -> (card: CaseCard, value: TemplateValue) {
        cached(\.cards, index) {
            let card = make()
            return (card, TemplateEncoder.value(card))
        }
    }

    /// The related cases of case `index`, found by `find` on first use.
    func related(_ index: Int, find: () -> [Int]) -> [Int] {
        cached(\.related, index, make: find)
    }

    /// The card of case `index` with links prefixed by `root`, rendered by `render` on first use.
    func html(_ index: Int, root: String, render: () -> String) -> String {
        cached(\.rendered, Rooted(index: index, root: root), make: render)
    }

    /// The value under `key` in `table`, made by `make` outside the lock on first use.
    private func cached<Key: Hashable, Value>(_ table: ReferenceWritableKeyPath<CardCache, [Key: Value]>, _ key: Key, make: () -> Value) -> Value {
        if let found = lock.withLock({ self[keyPath: table][key] }) { return found }
        let made = make()
        lock.withLock { self[keyPath: table][key] = made }
        return made
    }
}
