import CasebookSupport

/// Converts a page model — any `Encodable` value — to the `TemplateValue` the template engine
/// reads. The one place where models become template data: every stored property becomes a
/// name, and an optional without a value becomes `absent` rather than nothing, so the name still
/// stops the engine's lookup at its model. On the way it logs every name and value in order, and
/// hashes the log into a digest: the stable fingerprint of the model that page keys are made of.
public enum TemplateEncoder {
    /// The model's value and the 16-hex-digit digest of everything it holds.
    public static func encode(_ model: some Encodable) -> (value: TemplateValue, digest: String) {
        let log = DigestLog()
        let encoder = ValueEncoder(log: log, depth: 0)
        // The containers below never throw, and models only encode their properties.
        try? model.encode(to: encoder)
        return (encoder.value, Fingerprint.content(log.bytes))
    }

    /// The model's value alone.
    public static func value(_ model: some Encodable) -> TemplateValue { encode(model).value }
}

/// The bytes a model's digest is made from: each name with its depth, each value with its type,
/// in the order the model encodes them (the order of its declaration, the same in every run).
final class DigestLog {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(4096) }

    func key(_ name: String, depth: Int) {
        bytes.append(UInt8(truncatingIfNeeded: depth))
        bytes.append(1)
        bytes.append(contentsOf: name.utf8)
        bytes.append(0)
    }

    func element(depth: Int) {
        bytes.append(UInt8(truncatingIfNeeded: depth))
        bytes.append(2)
    }

    func value(_ value: TemplateValue) {
        switch value {
        case .absent: bytes.append(UInt8(ascii: "n"))
        case .flag(let flag): bytes.append(flag ? UInt8(ascii: "t") : UInt8(ascii: "f"))
        case .number(let number): integer(UInt64(bitPattern: Int64(number)), tag: "i")
        case .text(let text):
            var text = text
            text.withUTF8 { utf8 in
                integer(UInt64(utf8.count), tag: "s")
                bytes.append(contentsOf: utf8)
            }
        case .list, .object: bytes.append(UInt8(ascii: "?"))
        }
    }

    private func integer(_ value: UInt64, tag: Unicode.Scalar) {
        bytes.append(UInt8(ascii: tag))
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
