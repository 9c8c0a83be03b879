extension Mustache {
    /// One context on the renderer's stack, sorted by type once when it is pushed, so that a
    /// name lookup costs a dictionary access rather than a chain of dynamic casts.
    enum Frame {
        case dictionary([String: Any])
        case strings([String: String])
        /// A string, number, boolean, list or nil: nothing to look up inside.
        case scalar(Any)
        /// Any other value, whose stored properties are found by `Mirror`.
        case object(Any)

        /// Sorts `value`. Exact types are compared first: a failed `as? [String: Any]` on a
        /// `[String: String]` would succeed by converting every entry.
        init(_ value: Any) {
            let type = type(of: value)
            if type == [String: Any].self {
                self = .dictionary(value as! [String: Any])
            } else if type == [String: String].self {
                self = .strings(value as! [String: String])
            } else if type == String.self || type == Int.self || type == Bool.self {
                self = .scalar(value)
            } else if let optional = value as? any OptionalValue {
                self = optional.wrapped.map(Frame.init) ?? .scalar(value)
            } else if let dictionary = value as? [String: Any] {
                self = .dictionary(dictionary)
            } else {
                self = .object(value)
            }
        }

        /// The context itself, for `{{.}}`.
        var value: Any {
            switch self {
            case .dictionary(let dictionary): dictionary
            case .strings(let strings): strings
            case .scalar(let value), .object(let value): value
            }
        }

        /// The value named `key` in this context, or nil when it has none. A key present with a
        /// nil value is found (and ends the search up the stack), as in swift-mustache.
        func child(_ key: String) -> Any? {
            switch self {
            case .dictionary(let dictionary):
                return dictionary[key]
            case .strings(let strings):
                return strings[key]
            case .scalar:
                return nil
            case .object(let object):
                guard let child = Mirror(reflecting: object).children.first(where: { $0.label == key }) else { return nil }
                if let optional = child.value as? any OptionalValue { return optional.wrapped }
                return child.value
            }
        }
    }
}

/// Lets a value of unknown type be tested for `Optional` and unwrapped.
protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { map { $0 } }
}
