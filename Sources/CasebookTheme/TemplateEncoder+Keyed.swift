/// The fields of an object. A nil optional is encoded as `absent` (the standard containers would
/// leave it out), so every name a model declares is present in its object.
struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder
    let storage: KeyedStorage
    var codingPath: [any CodingKey] { [] }

    private func put(_ value: TemplateValue, _ key: Key) {
        encoder.log.key(key.stringValue, depth: encoder.depth)
        encoder.log.value(value)
        storage.fields[key.stringValue] = value
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.log.key(key.stringValue, depth: encoder.depth)
        storage.fields[key.stringValue] = encoder.child(value)
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { put(.absent, key) }
    }

    mutating func encodeNil(forKey key: Key) throws { put(.absent, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.flag(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.text(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.number(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.text(String(value)), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.text(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.number(Int(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.number(Int(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.number(Int(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.number(Int(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.number(Int(truncatingIfNeeded: value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.number(Int(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.number(Int(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.number(Int(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.number(Int(truncatingIfNeeded: value)), key) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { put(value.map(TemplateValue.flag) ?? .absent, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { put(value.map(TemplateValue.text) ?? .absent, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { put(value.map(TemplateValue.number) ?? .absent, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { put(value.map { .text(String($0)) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { put(value.map { .text(String($0)) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { put(value.map { .number(Int($0)) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { put(value.map { .number(Int($0)) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { put(value.map { .number(Int($0)) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { put(value.map { .number(Int($0)) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { put(value.map { .number(Int(truncatingIfNeeded: $0)) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { put(value.map { .number(Int($0)) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { put(value.map { .number(Int($0)) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { put(value.map { .number(Int($0)) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { put(value.map { .number(Int(truncatingIfNeeded: $0)) } ?? .absent, key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        nested(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { nested(key).unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { nested(nil) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { nested(key) }

    /// An encoder for a field filled in later; its value is read with the object's.
    private func nested(_ key: Key?) -> ValueEncoder {
        let name = key?.stringValue ?? "super"
        encoder.log.key(name, depth: encoder.depth)
        let child = ValueEncoder(log: encoder.log, depth: encoder.depth + 1)
        storage.pending.append((name, child))
        return child
    }
}
