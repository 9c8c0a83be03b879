import CasebookSupport

/// Why a deploy stopped, as values: the local file concerned when there is one, and the reason; the
/// sentence (what went wrong, then how to fix it) is made in `message` from the catalogue.
public struct DeployError: Error, MessageConvertible, Sendable, Equatable {
    /// What kind of failure, so callers and tests can tell them apart.
    public enum Kind: String, Sendable {
        case configuration, credentials, permission, bucket, clockSkew, network, server, localFiles
    }

    /// Why the deploy stopped.
    public enum Reason: Sendable, Equatable {
        /// The store refused the keys (a bad id or secret, an expired token).
        case credentialsRefused(CredentialSource, StoreAnswer)
        /// HTTP 403 with no error code: the keys or their permissions.
        case forbidden(StoreAction, CredentialSource, S3Endpoint)
        /// This machine's clock is too far from the store's.
        case clockSkew(StoreAnswer)
        /// The bucket does not exist.
        case noSuchBucket(S3Endpoint, StoreAnswer)
        /// The keys lack a permission the request needs.
        case denied(StoreAction, S3Endpoint, StoreAnswer)
        /// The bucket is in another region or behind another endpoint.
        case wrongRegion(S3Endpoint, StoreAnswer)
        /// Any other refusal; a server failure when the status says so.
        case storeFailed(StoreAction, StoreAnswer)
        /// A batch delete refused one of its keys (nil when the store did not say which).
        case deleteRefused(key: String?, StoreAnswer)
        /// The store cannot be reached at `address` (the transport's words in `why`).
        case unreachable(address: String, why: String)
        /// The output folder (`path`) holds no built site.
        case noBuiltSite
        /// A file of the site (`path`) cannot be read.
        case unreadableFile
        /// A file of the site (`path`) vanished during the deploy.
        case vanished
        /// The target's `profile:` has no keys in the credentials file (`path`).
        case profileWithoutKeys(profile: String, prefix: String)
        /// No keys anywhere for the target; `profile` and the file (`path`) are where they were looked for last.
        case noCredentials(target: String, prefix: String, profile: String)
        /// `--changed-urls` without a `base_url`.
        case changedURLsNeedBaseURL
        /// The target's endpoint is not a URL.
        case badEndpoint(endpoint: String, target: String)
        /// The `--changed-urls` file (`path`) cannot be written (the system's words in `why`).
        case cannotWrite(why: String)
    }

    /// The local file or folder concerned, when there is one.
    public let path: String?
    /// Why the deploy stopped.
    public let reason: Reason

    /// A failure for `reason`, about the local file `path` when there is one.
    public init(_ reason: Reason, path: String? = nil) {
        self.reason = reason
        self.path = path
    }

    /// The kind of failure, for callers that must tell a bad secret from a full disk.
    public var kind: Kind {
        switch reason {
        case .credentialsRefused, .forbidden, .profileWithoutKeys, .noCredentials: .credentials
        case .clockSkew: .clockSkew
        case .noSuchBucket: .bucket
        case .denied, .deleteRefused: .permission
        case .wrongRegion, .changedURLsNeedBaseURL, .badEndpoint: .configuration
        case .storeFailed(_, let answer): answer.isServerFailure ? .server : .configuration
        case .unreachable: .network
        case .noBuiltSite, .unreadableFile, .vanished, .cannotWrite: .localFiles
        }
    }

    /// What went wrong, then the fix.
    public var message: Message {
        Message("deploy.failure", ["problem": .message(problem), "fix": .message(fix)])
    }

    /// What went wrong, in one sentence.
    var problem: Message {
        let file: Message.Argument = "\(path ?? "")"
        switch reason {
        case .credentialsRefused(let source, let answer):
            return Message("deploy.credentialsRefused", ["source": .message(source.message), "answer": .message(answer.message)])
        case .forbidden(let action, let source, _):
            return Message("deploy.forbidden", ["action": .message(action.message), "source": .message(source.message)])
        case .clockSkew(let answer): return Message("deploy.clockSkew", ["answer": .message(answer.message)])
        case .noSuchBucket(let endpoint, let answer):
            return Message("deploy.noSuchBucket", ["bucket": Self.bucket(endpoint), "answer": .message(answer.message)])
        case .denied(let action, let endpoint, let answer):
            return Message("deploy.denied", ["action": .message(action.message), "bucket": Self.bucket(endpoint), "answer": .message(answer.message)])
        case .wrongRegion(let endpoint, let answer):
            return Message("deploy.wrongRegion", ["bucket": Self.bucket(endpoint), "answer": .message(answer.message)])
        case .storeFailed(let action, let answer):
            return Message("deploy.storeFailed", ["action": .message(action.message), "answer": .message(answer.message)])
        case .deleteRefused(let key, let answer):
            return Message(
                "deploy.deleteRefused", ["key": key.map { "\($0)" } ?? .message(Message("deploy.anObject")), "answer": .message(answer.message)])
        case .unreachable(let address, let why): return Message("deploy.unreachable", ["address": "\(address)", "reason": "\(why)"])
        case .noBuiltSite: return Message("deploy.noBuiltSite", ["path": file])
        case .unreadableFile: return Message("deploy.unreadableFile", ["path": file])
        case .vanished: return Message("deploy.vanished", ["path": file])
        case .profileWithoutKeys(let profile, _): return Message("deploy.profileWithoutKeys", ["profile": "\(profile)", "path": file])
        case .noCredentials(let target, _, _): return Message("deploy.noCredentials", ["target": "\(target)"])
        case .changedURLsNeedBaseURL: return Message("deploy.changedURLsNeedBaseURL")
        case .badEndpoint(let endpoint, let target): return Message("deploy.notAURL", ["endpoint": "\(endpoint)", "target": "\(target)"])
        case .cannotWrite(let why): return Message("deploy.cannotWrite", ["path": file, "reason": "\(why)"])
        }
    }

    /// How to put it right: a command to run or a setting to change.
    var fix: Message {
        switch reason {
        case .credentialsRefused: Message("deploy.credentialsRefused.fix")
        case .forbidden(_, _, let endpoint): Message("deploy.forbidden.fix", ["bucket": Self.bucket(endpoint)])
        case .clockSkew: Message("deploy.clockSkew.fix")
        case .noSuchBucket: Message("deploy.noSuchBucket.fix")
        case .denied: Message("deploy.denied.fix")
        case .wrongRegion: Message("deploy.wrongRegion.fix")
        case .storeFailed(_, let answer): Message(answer.isServerFailure ? "deploy.storeFailed.fix.server" : "deploy.storeFailed.fix")
        case .deleteRefused: Message("deploy.deleteRefused.fix")
        case .unreachable: Message("deploy.unreachable.fix")
        case .noBuiltSite: Message("deploy.noBuiltSite.fix")
        case .unreadableFile: Message("deploy.unreadableFile.fix")
        case .vanished: Message("deploy.vanished.fix")
        case .profileWithoutKeys(let profile, let prefix):
            Message("deploy.profileWithoutKeys.fix", ["profile": "\(profile)", "path": "\(path ?? "")", "prefix": "\(prefix)"])
        case .noCredentials(_, let prefix, let profile):
            Message("deploy.noCredentials.fix", ["prefix": "\(prefix)", "profile": "\(profile)", "path": "\(path ?? "")"])
        case .changedURLsNeedBaseURL: Message("deploy.changedURLsNeedBaseURL.fix")
        case .badEndpoint: Message("deploy.notAURL.fix")
        case .cannotWrite: Message("deploy.cannotWrite.fix")
        }
    }

    /// `bucket 'b' at https://host`.
    private static func bucket(_ endpoint: S3Endpoint) -> Message.Argument {
        .message(Message("deploy.bucket", ["bucket": "\(endpoint.bucket)", "address": "\(endpoint.scheme)://\(endpoint.authority)"]))
    }
}
