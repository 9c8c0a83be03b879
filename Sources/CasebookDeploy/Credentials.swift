/// An access key pair, with the session token of temporary credentials.
public struct Credentials: Sendable, Hashable {
    /// The public half of the pair, named in each request's `Authorization` header.
    public var accessKeyID: String
    /// The private half: it derives the signing key and is never sent.
    public var secretAccessKey: String
    /// Sent with each request when the keys are temporary (STS); nil for long-lived keys.
    public var sessionToken: String?
    /// Where the keys were found, for messages (`CASEBOOK_DEPLOY_PRODUCTION_*`, `profile oss in ~/.aws/credentials`).
    public var source: CredentialSource

    /// A key pair read from `source`.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, source: CredentialSource = .given) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.source = source
    }
}
