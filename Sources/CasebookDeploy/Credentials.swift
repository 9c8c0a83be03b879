/// An access key pair, with the session token of temporary credentials.
public struct Credentials: Sendable, Hashable {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?
    /// Where the keys were found, for messages (`CASEBOOK_DEPLOY_PRODUCTION_*`, `profile oss in ~/.aws/credentials`).
    public var source: String

    /// A key pair read from `source`.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, source: String = "") {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.source = source
    }
}
