/// The `Encoder` behind `TemplateEncoder`: one per value, holding what was encoded into it.
final class ValueEncoder: Encoder {
    enum Storage {
        case none
        case single(TemplateValue)
        case keyed(KeyedStorage)
        case unkeyed(UnkeyedStorage)
    }

    let log: DigestLog
    let depth: Int
    var storage: Storage = .none
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(log: DigestLog, depth: Int) {
        self.log = log
        self.depth = depth
    }

    /// What was encoded: an object, a list, a single value, or absent when nothing was.
    var value: TemplateValue {
        switch storage {
        case .none: .absent
        case .single(let value): value
        case .keyed(let keyed): keyed.value
        case .unkeyed(let unkeyed): unkeyed.value
        }
    }

    /// Encodes a nested value one level down.
    func child(_ value: some Encodable) -> TemplateValue {
        let encoder = ValueEncoder(log: log, depth: depth + 1)
        try? value.encode(to: encoder)
        return encoder.value
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // A model that encodes two models into one encoder (a page: its chrome, then its main
        // part) gets the same object back, so their names are merged.
        if case .keyed(let keyed) = storage { return KeyedEncodingContainer(KeyedContainer(encoder: self, storage: keyed)) }
        let keyed = KeyedStorage()
        storage = .keyed(keyed)
        return KeyedEncodingContainer(KeyedContainer(encoder: self, storage: keyed))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed(let unkeyed) = storage { return UnkeyedContainer(encoder: self, storage: unkeyed) }
        let unkeyed = UnkeyedStorage()
        storage = .unkeyed(unkeyed)
        return UnkeyedContainer(encoder: self, storage: unkeyed)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

    /// Records a plain value.
    func put(_ value: TemplateValue) {
        log.value(value)
        storage = .single(value)
    }
}

/// An object's fields; nested containers asked for by name are resolved when it is read.
final class KeyedStorage {
    var fields: [String: TemplateValue] = [:]
    var pending: [(String, ValueEncoder)] = []

    var value: TemplateValue {
        var fields = fields
        for (name, encoder) in pending { fields[name] = encoder.value }
        return .object(fields)
    }
}

/// A list's elements, some of them nested containers resolved when it is read.
final class UnkeyedStorage {
    var elements: [TemplateValue] = []
    var pending: [(Int, ValueEncoder)] = []

    var value: TemplateValue {
        var elements = elements
        for (index, encoder) in pending { elements[index] = encoder.value }
        return .list(elements)
    }
}
