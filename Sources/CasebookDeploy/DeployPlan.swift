/// What a deploy will do: uploads in phase order, deletes, and what stays as it is.
public struct DeployPlan: Sendable {
    /// Why a file is uploaded.
    public enum Reason: String, Sendable {
        case new, changed, forced
    }

    /// A file to upload and why.
    public struct Upload: Sendable, Hashable {
        /// The file, with its key, headers and phase.
        public var file: LocalFile
        /// Why it goes up: shown by `--dry-run`; new files are left out of `--changed-urls`.
        public var reason: Reason
    }

    /// Uploads sorted by phase, then key.
    public var uploads: [Upload] = []
    /// Keys to delete once every upload has succeeded.
    public var deletes: [String] = []
    /// Files already stored as they are.
    public var unchanged: [LocalFile] = []
    /// Objects under the prefix that Casebook did not write, kept.
    public var keptUnknown: [String] = []
    /// Set when there are more deletes than `--max-deletes` allows: uploads go ahead, deletes do not.
    public var deletesOverCap = false

    /// The uploads of one phase.
    public func uploads(in phase: UploadPhase) -> [Upload] { uploads.filter { $0.file.phase == phase } }
}
