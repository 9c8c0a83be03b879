/// Decides what to upload and delete from the local files, the listing, the record and the stamps
/// read by HeadObject. Pure: it does no I/O, so every rule has a unit test.
public struct DeployPlanner: Sendable {
    /// Upload every file, and allow any number of deletes.
    public var force = false
    /// Delete objects under the prefix that Casebook did not write.
    public var deleteUnknown = false
    /// Over this many deletes, the plan is marked over the cap and nothing is deleted.
    public var maxDeletes = 256
    /// The key of the record, never uploaded or deleted as a site file.
    public var manifestKey = DeployManifest.name

    /// A planner with the defaults.
    public init() {}

    /// Listed objects whose stamp must be read with HeadObject before planning: those the record
    /// does not vouch for, when the stamp could change the decision.
    public func keysToProbe(local: [LocalFile], remote: [RemoteObject], manifest: DeployManifest) -> [String] {
        let files = Dictionary(local.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return remote.filter { object in
            guard object.key != manifestKey, manifest.stamp(of: object) == nil else { return false }
            if let file = files[object.key] { return !force && (file.headers.gzip || file.size == object.size) }
            return !deleteUnknown
        }.map(\.key).sorted()
    }

    /// The plan, given the stamps read for the probed keys (nil: not Casebook's).
    public func plan(local: [LocalFile], remote: [RemoteObject], manifest: DeployManifest, probed: [String: ObjectStamp?]) -> DeployPlan {
        var plan = DeployPlan()
        let objects = Dictionary(remote.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        func stamp(_ object: RemoteObject) -> ObjectStamp? { manifest.stamp(of: object) ?? probed[object.key] ?? nil }
        for file in local where file.key != manifestKey {
            guard let object = objects[file.key] else {
                plan.uploads.append(.init(file: file, reason: .new))
                continue
            }
            if force {
                plan.uploads.append(.init(file: file, reason: .forced))
            } else if (!file.headers.gzip && object.size != file.size) || stamp(object) != file.stamp {
                plan.uploads.append(.init(file: file, reason: .changed))
            } else {
                plan.unchanged.append(file)
            }
        }
        let localKeys = Set(local.map(\.key))
        for object in remote where object.key != manifestKey && !localKeys.contains(object.key) {
            if stamp(object) != nil || deleteUnknown { plan.deletes.append(object.key) } else { plan.keptUnknown.append(object.key) }
        }
        plan.uploads.sort { ($0.file.phase, $0.file.key) < ($1.file.phase, $1.file.key) }
        plan.deletes.sort()
        plan.keptUnknown.sort()
        plan.deletesOverCap = !force && plan.deletes.count > maxDeletes
        return plan
    }
}
