/// Reads back what `BinaryEncoder` wrote, given the same types. Bytes that do not fit the types
/// (damaged, cut short, another layout) throw a `DecodingError`; nothing is read out of bounds.
package struct BinaryDecoder {
    /// A decoder.
    package init() {}

    /// The value of type `T` in `bytes`.
    package func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let source = BinarySource(bytes)
        return try source.value(T.self, in: BinaryRegion(start: 0, end: bytes.count), codingPath: [])
    }
}

/// A span of the bytes holding one value; `isNil` when its length slot said nil.
struct BinaryRegion {
    let start: Int
    let end: Int
    var isNil = false
}

/// The bytes being read, shared by every container of one `decode` call.
final class BinarySource {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func failure(_ codingPath: [any CodingKey], _ what: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: what))
    }

    /// The framed value starting at `offset`, which must end by `end`.
    func frame(at offset: Int, end: Int, codingPath: [any CodingKey]) throws -> BinaryRegion {
        guard offset + 4 <= end else { throw failure(codingPath, "a length runs past the end") }
        let length = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
        if length == BinarySink.nilLength { return BinaryRegion(start: offset + 4, end: offset + 4, isNil: true) }
        guard offset + 4 + Int(length) <= end else { throw failure(codingPath, "a value runs past the end") }
        return BinaryRegion(start: offset + 4, end: offset + 4 + Int(length))
    }

    func word(_ region: BinaryRegion, codingPath: [any CodingKey]) throws -> UInt64 {
        guard region.end - region.start == 8 else { throw failure(codingPath, "a number is not 8 bytes") }
        var value: UInt64 = 0
        for index in (region.start..<region.end).reversed() { value = value << 8 | UInt64(bytes[index]) }
        return value
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type, _ region: BinaryRegion, codingPath: [any CodingKey]) throws -> T {
        let word = try word(region, codingPath: codingPath)
        let value: T? = T.isSigned ? T(exactly: Int64(bitPattern: word)) : T(exactly: word)
        guard let value else { throw failure(codingPath, "a number out of range for \(T.self)") }
        return value
    }

    func value<T: Decodable>(_ type: T.Type, in region: BinaryRegion, codingPath: [any CodingKey]) throws -> T {
        if region.isNil, !(T.self is any OptionalMarker.Type) {
            throw DecodingError.valueNotFound(T.self, .init(codingPath: codingPath, debugDescription: "nil where a value was expected"))
        }
        guard let primitive = try primitive(type, in: region, codingPath: codingPath) else {
            return try T(from: BinaryDecoding(source: self, region: region, codingPath: codingPath))
        }
        guard let value = primitive as? T else { throw failure(codingPath, "not a \(T.self)") }
        return value
    }

    /// The value when `type` is a string, a number or a boolean; nil for any other type.
    private func primitive<T>(_ type: T.Type, in region: BinaryRegion, codingPath: [any CodingKey]) throws -> Any? {
        switch type {
        case is String.Type: return String(decoding: bytes[region.start..<region.end], as: UTF8.self)
        case is Bool.Type:
            guard region.end - region.start == 1 else { throw failure(codingPath, "a boolean is not 1 byte") }
            return bytes[region.start] != 0
        case is Int.Type: return try integer(Int.self, region, codingPath: codingPath)
        case is Int64.Type: return try integer(Int64.self, region, codingPath: codingPath)
        case is Int32.Type: return try integer(Int32.self, region, codingPath: codingPath)
        case is Int16.Type: return try integer(Int16.self, region, codingPath: codingPath)
        case is Int8.Type: return try integer(Int8.self, region, codingPath: codingPath)
        case is UInt64.Type: return try integer(UInt64.self, region, codingPath: codingPath)
        case is UInt32.Type: return try integer(UInt32.self, region, codingPath: codingPath)
        case is UInt16.Type: return try integer(UInt16.self, region, codingPath: codingPath)
        case is UInt8.Type: return try integer(UInt8.self, region, codingPath: codingPath)
        case is UInt.Type: return try integer(UInt.self, region, codingPath: codingPath)
        case is Double.Type: return Double(bitPattern: try word(region, codingPath: codingPath))
        case is Float.Type: return Float(Double(bitPattern: try word(region, codingPath: codingPath)))
        default: return nil
        }
    }
}

/// Lets the decoder tell an `Optional` type, which may read a nil slot, from any other.
protocol OptionalMarker {}
extension Optional: OptionalMarker {}

struct BinaryDecoding: Decoder {
    let source: BinarySource
    let region: BinaryRegion
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedBinaryDecoding<Key>(source: source, region: region, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedBinaryDecoding(source: source, region: region, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleBinaryDecoding(source: source, region: region, codingPath: codingPath)
    }
}

struct KeyedBinaryDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let source: BinarySource
    let codingPath: [any CodingKey]
    /// Each entry's key and value, in the order written.
    private let entries: [(key: BinaryRegion, value: BinaryRegion)]
    /// Just after where the last lookup found its key: fields are usually read in the order they
    /// were written, so the next one is looked for there first.
    private let cursor = Cursor()

    final class Cursor {
        var next = 0
    }

    init(source: BinarySource, region: BinaryRegion, codingPath: [any CodingKey]) throws {
        self.source = source
        self.codingPath = codingPath
        var entries: [(key: BinaryRegion, value: BinaryRegion)] = []
        var offset = region.start
        while offset < region.end {
            let key = try source.frame(at: offset, end: region.end, codingPath: codingPath)
            let value = try source.frame(at: key.end, end: region.end, codingPath: codingPath)
            entries.append((key, value))
            offset = value.end
        }
        self.entries = entries
    }

    var allKeys: [Key] {
        entries.compactMap { Key(stringValue: String(decoding: source.bytes[$0.key.start..<$0.key.end], as: UTF8.self)) }
    }

    private func index(of key: Key) -> Int? {
        let name = key.stringValue.utf8
        func matches(_ index: Int) -> Bool {
            let region = entries[index].key
            return source.bytes[region.start..<region.end].elementsEqual(name)
        }
        let next = cursor.next
        if next < entries.count, matches(next) { return next }
        if next > 0, next <= entries.count, matches(next - 1) { return next - 1 }
        return entries.indices.first(where: matches)
    }

    private func region(for key: Key) throws -> BinaryRegion {
        guard let index = index(of: key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
        }
        cursor.next = index + 1
        return entries[index].value
    }

    func contains(_ key: Key) -> Bool { index(of: key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try region(for: key).isNil }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try source.value(T.self, in: region(for: key), codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw source.failure(codingPath + [key], "nested containers are not supported")
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw source.failure(codingPath + [key], "nested containers are not supported")
    }

    func superDecoder() throws -> any Decoder { throw source.failure(codingPath, "super decoders are not supported") }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw source.failure(codingPath, "super decoders are not supported") }
}

struct UnkeyedBinaryDecoding: UnkeyedDecodingContainer {
    let source: BinarySource
    let codingPath: [any CodingKey]
    private let elements: [BinaryRegion]
    private(set) var currentIndex = 0

    init(source: BinarySource, region: BinaryRegion, codingPath: [any CodingKey]) throws {
        self.source = source
        self.codingPath = codingPath
        var elements: [BinaryRegion] = []
        var offset = region.start
        while offset < region.end {
            let element = try source.frame(at: offset, end: region.end, codingPath: codingPath)
            elements.append(element)
            offset = element.end
        }
        self.elements = elements
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> BinaryRegion {
        guard !isAtEnd else { throw source.failure(codingPath, "fewer elements than read") }
        defer { currentIndex += 1 }
        return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex].isNil else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try source.value(T.self, in: next(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        throw source.failure(codingPath, "nested containers are not supported")
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw source.failure(codingPath, "nested containers are not supported")
    }

    mutating func superDecoder() throws -> any Decoder { throw source.failure(codingPath, "super decoders are not supported") }
}

struct SingleBinaryDecoding: SingleValueDecodingContainer {
    let source: BinarySource
    let region: BinaryRegion
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { region.isNil }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try source.value(T.self, in: region, codingPath: codingPath)
    }
}
