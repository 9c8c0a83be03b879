import Foundation

/// The record Casebook keeps in the bucket (`<prefix>.casebook-deploy.json`) of the objects it
/// wrote: each key's stamp, size and ETag. When a listed object still has the recorded size and
/// ETag, its stamp is known without a HeadObject; otherwise its metadata is read. Losing the record
/// (an interrupted deploy) costs requests, never correctness.
public struct DeployManifest: Sendable, Codable, Hashable {
    /// What is known of one object Casebook wrote.
    public struct Entry: Sendable, Codable, Hashable {
        /// The MD5 of the file as built, before any gzip.
        public var md5: String
        /// The digest of the headers the object was stored with.
        public var headers: String
        /// The size as stored (gzip-compressed when the headers say so), to compare with the listing.
        public var size: Int
        /// The ETag the store gave back, which the listing must still show for the entry to hold.
        public var etag: String

        /// An entry with these values.
        public init(md5: String, headers: String, size: Int, etag: String) {
            self.md5 = md5
            self.headers = headers
            self.size = size
            self.etag = etag
        }

        var stamp: ObjectStamp { ObjectStamp(md5: md5, headers: headers) }
    }

    /// The record's file name, after the target's prefix.
    public static let name = ".casebook-deploy.json"

    /// The format of the record, so a later Casebook can recognise an older one.
    public var version = 1
    /// What is known of each object Casebook wrote, by key.
    public var objects: [String: Entry] = [:]

    /// An empty record.
    public init(objects: [String: Entry] = [:]) { self.objects = objects }

    /// The record in `data`; empty when it is missing or unreadable.
    public init(data: Data?) {
        self = data.flatMap { try? JSONDecoder().decode(DeployManifest.self, from: $0) } ?? DeployManifest()
    }

    /// The stamp of a listed object, when the record describes exactly that object.
    public func stamp(of object: RemoteObject) -> ObjectStamp? {
        guard let entry = objects[object.key], entry.size == object.size, entry.etag == object.etag, !entry.etag.isEmpty else { return nil }
        return entry.stamp
    }

    /// The record as stored: JSON with sorted keys.
    public var data: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }
}
