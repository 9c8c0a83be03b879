import CasebookSupport

/// One entry of the `deploy:` list of site.yaml: where `casebook deploy` publishes the output.
/// Credentials are never part of it: they come from the environment or ~/.aws/credentials.
public struct DeployTarget: Sendable, Hashable {
    /// How the bucket appears in request URLs.
    public enum Addressing: String, Sendable, Hashable {
        /// `https://bucket.endpoint/key`.
        case virtual
        /// `https://endpoint/bucket/key`.
        case path
    }

    /// Letters, digits, `-` and `_`; names the target in `--target` and in `CASEBOOK_DEPLOY_<NAME>_…`.
    public var name: String
    /// Which store it is, for the defaults that differ between providers.
    public var provider: DeployProvider = .custom
    /// `https://host[:port]` of the store, without the bucket.
    public var endpoint: String
    /// The signing region (SigV4 scope).
    public var region: String = "us-east-1"
    /// The bucket the site is written to.
    public var bucket: String
    /// Key prefix every object is written under: empty, or ending with `/`.
    public var prefix: String = ""
    /// How the bucket appears in request URLs; path-style unless written.
    public var addressing: Addressing = .path
    /// A profile of ~/.aws/credentials, used when the target's own environment variables are unset.
    public var profile: String?
    /// Store text files gzip-compressed (`Content-Encoding: gzip`).
    public var gzip = false
    /// Headers for files whose keys match, the first match winning.
    public var matchers: [DeployMatcher] = []

    /// A target with the given name, endpoint and bucket and every default.
    public init(name: String, endpoint: String, bucket: String) {
        self.name = name
        self.endpoint = endpoint
        self.bucket = bucket
    }

    static let keys = ["name", "provider", "endpoint", "region", "bucket", "prefix", "addressing", "profile", "gzip", "matchers"]
    /// Keys that would put a credential into site.yaml, which is usually committed and published.
    static let secretKeys = [
        "access_key_id", "secret_access_key", "session_token", "access_key", "secret_key", "secret",
        "accesskeyid", "accesskeysecret", "secretid", "secretkey", "password", "token", "sk", "ak",
    ]

    /// Reads the `deploy:` list of site.yaml.
    static func readAll(_ r: inout FieldReader) -> [DeployTarget] {
        let targets = r.list("deploy", known: keys + secretKeys) { read(&$0) }
        var seen: Set<String> = []
        for target in targets where !seen.insert(target.name).inserted {
            r.report("CB0505", Message("deploy.twoNamed", ["name": "\(target.name)"]), at: "deploy", hint: Message("deploy.twoNamed.hint"))
        }
        return targets
    }

    private static func read(_ r: inout FieldReader) -> DeployTarget? {
        for key in secretKeys where r.has(key) {
            r.report(
                "CB0501", Message("deploy.credential", ["key": "\(key)"]), at: key, hint: Message("deploy.credential.hint"))
        }
        let name = r.string("name", required: true)
        let bucket = r.string("bucket", required: true)
        var provider = DeployProvider.custom
        if let text = r.string("provider") {
            guard let value = DeployProvider(rawValue: text) else {
                r.report(
                    "CB0502", Message("deploy.unknownProvider", ["value": "\(FieldReader.shorten(text))"]), at: "provider",
                    hint: Message("deploy.unknownProvider.hint", ["accepted": "\(DeployProvider.allCases.map(\.rawValue).joined(separator: ", "))"]))
                return nil
            }
            provider = value
        }
        let region = r.string("region")
        if provider != .custom, region == nil {
            r.report(
                "CB0504", Message("deploy.needsRegion", ["provider": "\(provider.rawValue)"]), at: "provider",
                hint: Message("deploy.needsRegion.hint", ["example": "\(provider.exampleRegion)"]))
            return nil
        }
        guard let name, let bucket, let endpoint = readEndpoint(&r, provider: provider, region: region) else { return nil }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            r.report(
                "CB0505", Message("deploy.badName", ["name": "\(FieldReader.shorten(name))"]), at: "name", hint: Message("deploy.badName.hint"))
            return nil
        }
        var target = DeployTarget(name: name, endpoint: endpoint, bucket: bucket)
        target.provider = provider
        target.region = region ?? "us-east-1"
        target.addressing = provider.defaultAddressing
        if let text = r.string("addressing") {
            guard let value = Addressing(rawValue: text), !(value == .path && provider.requiresVirtualHosting) else {
                let only =
                    provider.requiresVirtualHosting ? Message("deploy.virtualOnly", ["provider": "\(provider.rawValue)"]) : Message("deploy.virtualOrPath")
                r.report(
                    "CB0503", Message("deploy.addressing", ["value": "\(FieldReader.shorten(text))", "why": .message(only)]), at: "addressing",
                    hint: Message(provider.requiresVirtualHosting ? "deploy.addressing.virtual" : "deploy.addressing.either"))
                return nil
            }
            target.addressing = value
        }
        if let prefix = r.string("prefix") {
            let trimmed = prefix.split(separator: "/").joined(separator: "/")
            target.prefix = trimmed.isEmpty ? "" : trimmed + "/"
        }
        target.profile = r.string("profile")
        target.gzip = r.bool("gzip")
        target.matchers = r.list("matchers", known: DeployMatcher.keys) { DeployMatcher.read(&$0) }
        return target
    }

    private static func readEndpoint(_ r: inout FieldReader, provider: DeployProvider, region: String?) -> String? {
        guard let text = r.string("endpoint") else {
            if let preset = region.flatMap(provider.endpoint(region:)) { return preset }
            r.report(
                "CB0504", Message("deploy.noEndpoint"), at: "name", hint: Message("deploy.noEndpoint.hint"))
            return nil
        }
        let lower = text.lowercased()
        let rest = lower.hasPrefix("https://") ? lower.dropFirst(8) : lower.hasPrefix("http://") ? lower.dropFirst(7) : nil
        let hostPart = rest.map { $0.hasSuffix("/") ? $0.dropLast() : $0 }
        guard let hostPart, !hostPart.isEmpty, !hostPart.contains("/") else {
            r.report(
                "CB0504", Message("deploy.badEndpoint", ["value": "\(FieldReader.shorten(text))"]), at: "endpoint",
                hint: Message("deploy.badEndpoint.hint"))
            return nil
        }
        let host = hostPart.hasPrefix("[") ? "::1" : String(hostPart.split(separator: ":").first ?? "")
        if lower.hasPrefix("http://"), !["localhost", "127.0.0.1", "::1"].contains(host), !host.hasSuffix(".localhost") {
            r.report(
                "CB0507", Message("deploy.plainHTTP", ["value": "\(FieldReader.shorten(text))"]), at: "endpoint",
                hint: Message("deploy.plainHTTP.hint"), severity: .warning)
        }
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
