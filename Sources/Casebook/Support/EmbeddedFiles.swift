import Foundation

/// Files compiled into the tool by the EmbedResources plugin: the default theme (`theme/…`) and
/// data files (`data/…`).
enum EmbeddedFiles {
    /// The bytes of an embedded file, or empty data when there is none by that name.
    static func data(_ name: String) -> Data {
        EmbeddedResources.base64[name].flatMap { Data(base64Encoded: $0) } ?? Data()
    }

    /// Names of the embedded files under `prefix`, sorted.
    static func names(under prefix: String) -> [String] {
        EmbeddedResources.base64.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }
}
