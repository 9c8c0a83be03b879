import CasebookSupport

/// Where the keys of a deploy were found, named in the messages about them.
public enum CredentialSource: Sendable, Hashable {
    /// `<prefix>ACCESS_KEY_ID` and its fellows in the environment.
    case environment(prefix: String)
    /// A profile of a credentials file.
    case profile(String, file: String)
    /// Given directly, as tests do.
    case given

    /// `AWS_* in the environment`, `profile 'oss' in ~/.aws/credentials`.
    public var message: Message {
        switch self {
        case .environment(let prefix): Message("deploy.source.environment", ["prefix": "\(prefix)"])
        case .profile(let name, let file): Message("deploy.source.profile", ["profile": "\(name)", "path": "\(file)"])
        case .given: Message("deploy.source.given")
        }
    }
}
