import Foundation

extension String {
    /// `trimmingCharacters(in: set)`, without Foundation's cost (it walks the whole string on
    /// Linux) in the common case where neither end is in the set: then there is nothing to trim.
    package func trimmingWhitespace(_ set: CharacterSet = .whitespacesAndNewlines) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !set.contains(first) && !set.contains(last) { return self }
        return trimmingCharacters(in: set)
    }
}
