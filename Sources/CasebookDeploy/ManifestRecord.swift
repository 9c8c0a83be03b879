import Foundation

/// The record of a deploy in progress: the objects known to be Casebook's, updated as uploads and
/// deletes finish, and stored only when it differs from what the bucket already holds.
struct ManifestRecord {
    var objects: [String: DeployManifest.Entry] = [:]

    /// What the listing, the stored record and the probed stamps say Casebook wrote.
    init(remote: [RemoteObject], manifest: DeployManifest, probed: [String: ObjectStamp?]) {
        for object in remote {
            guard let stamp = manifest.stamp(of: object) ?? probed[object.key] ?? nil else { continue }
            objects[object.key] = DeployManifest.Entry(md5: stamp.md5, headers: stamp.headers, size: object.size, etag: object.etag)
        }
    }

    mutating func remove(_ keys: [String]) {
        for key in keys { objects[key] = nil }
    }

    /// Writes the record at `key` unless it equals `previous`.
    func store(client: S3Client, key: String, previous: DeployManifest) async throws {
        let manifest = DeployManifest(objects: objects)
        guard manifest != previous else { return }
        try await client.put(key, body: manifest.data, headers: [("Content-Type", "application/json"), ("Cache-Control", "no-store")])
    }
}
