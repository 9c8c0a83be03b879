/// The elements of a list, and a single value.
struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: ValueEncoder
    let storage: UnkeyedStorage
    var codingPath: [any CodingKey] { [] }
    var count: Int { storage.elements.count }

    private func put(_ value: TemplateValue) {
        encoder.log.element(depth: encoder.depth)
        encoder.log.value(value)
        storage.elements.append(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.log.element(depth: encoder.depth)
        storage.elements.append(encoder.child(value))
    }

    mutating func encodeNil() throws { put(.absent) }
    mutating func encode(_ value: Bool) throws { put(.flag(value)) }
    mutating func encode(_ value: String) throws { put(.text(value)) }
    mutating func encode(_ value: Int) throws { put(.number(value)) }
    mutating func encode(_ value: Double) throws { put(.text(String(value))) }
    mutating func encode(_ value: Float) throws { put(.text(String(value))) }
    mutating func encode(_ value: Int8) throws { put(.number(Int(value))) }
    mutating func encode(_ value: Int16) throws { put(.number(Int(value))) }
    mutating func encode(_ value: Int32) throws { put(.number(Int(value))) }
    mutating func encode(_ value: Int64) throws { put(.number(Int(value))) }
    mutating func encode(_ value: UInt) throws { put(.number(Int(truncatingIfNeeded: value))) }
    mutating func encode(_ value: UInt8) throws { put(.number(Int(value))) }
    mutating func encode(_ value: UInt16) throws { put(.number(Int(value))) }
    mutating func encode(_ value: UInt32) throws { put(.number(Int(value))) }
    mutating func encode(_ value: UInt64) throws { put(.number(Int(truncatingIfNeeded: value))) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        nested().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nested().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { nested() }

    /// An encoder for an element filled in later; its value is read with the list's.
    private func nested() -> ValueEncoder {
        encoder.log.element(depth: encoder.depth)
        let child = ValueEncoder(log: encoder.log, depth: encoder.depth + 1)
        storage.pending.append((storage.elements.count, child))
        storage.elements.append(.absent)
        return child
    }
}

/// A single value: a model whose encoding is one string, number, flag or nil.
struct SingleContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encode<T: Encodable>(_ value: T) throws { encoder.storage = .single(encoder.child(value)) }
    mutating func encodeNil() throws { encoder.put(.absent) }
    mutating func encode(_ value: Bool) throws { encoder.put(.flag(value)) }
    mutating func encode(_ value: String) throws { encoder.put(.text(value)) }
    mutating func encode(_ value: Int) throws { encoder.put(.number(value)) }
    mutating func encode(_ value: Double) throws { encoder.put(.text(String(value))) }
    mutating func encode(_ value: Float) throws { encoder.put(.text(String(value))) }
    mutating func encode(_ value: Int8) throws { encoder.put(.number(Int(value))) }
    mutating func encode(_ value: Int16) throws { encoder.put(.number(Int(value))) }
    mutating func encode(_ value: Int32) throws { encoder.put(.number(Int(value))) }
    mutating func encode(_ value: Int64) throws { encoder.put(.number(Int(value))) }
    mutating func encode(_ value: UInt) throws { encoder.put(.number(Int(truncatingIfNeeded: value))) }
    mutating func encode(_ value: UInt8) throws { encoder.put(.number(Int(value))) }
    mutating func encode(_ value: UInt16) throws { encoder.put(.number(Int(value))) }
    mutating func encode(_ value: UInt32) throws { encoder.put(.number(Int(value))) }
    mutating func encode(_ value: UInt64) throws { encoder.put(.number(Int(truncatingIfNeeded: value))) }
}
