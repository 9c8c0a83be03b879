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
            r.report("CB0505", "two deploy targets are named '\(target.name)'", at: "deploy", hint: "give each target its own `name:`")
        }
        return targets
    }

    private static func read(_ r: inout FieldReader) -> DeployTarget? {
        for key in secretKeys where r.has(key) {
            r.report(
                "CB0501", "deploy target has a credential ('\(key)') in site.yaml, which is committed and often published", at: key,
                hint:
                    "delete the line and the key; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or CASEBOOK_DEPLOY_<NAME>_…) in the environment, or name a `profile:` of ~/.aws/credentials"
            )
        }
        let name = r.string("name", required: true)
        let bucket = r.string("bucket", required: true)
        var provider = DeployProvider.custom
        if let text = r.string("provider") {
            guard let value = DeployProvider(rawValue: text) else {
                r.report(
                    "CB0502", "unknown deploy provider '\(FieldReader.shorten(text))'", at: "provider",
                    hint: "expected one of \(DeployProvider.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            provider = value
        }
        let region = r.string("region")
        if provider != .custom, region == nil {
            r.report(
                "CB0504", "deploy target of provider \(provider.rawValue) needs its region", at: "provider",
                hint: "add `region: \(provider.exampleRegion)` (as the console shows it)")
            return nil
        }
        guard let name, let bucket, let endpoint = readEndpoint(&r, provider: provider, region: region) else { return nil }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            r.report(
                "CB0505", "deploy target name '\(FieldReader.shorten(name))' must be letters, digits, - and _", at: "name",
                hint: "for example `name: production`; it is typed in `--target` and environment variable names")
            return nil
        }
        var target = DeployTarget(name: name, endpoint: endpoint, bucket: bucket)
        target.provider = provider
        target.region = region ?? "us-east-1"
        target.addressing = provider.defaultAddressing
        if let text = r.string("addressing") {
            guard let value = Addressing(rawValue: text), !(value == .path && provider.requiresVirtualHosting) else {
                let only = provider.requiresVirtualHosting ? "\(provider.rawValue) accepts only virtual-hosted requests" : "expected virtual or path"
                r.report(
                    "CB0503", "addressing '\(FieldReader.shorten(text))' cannot be used here: \(only)", at: "addressing",
                    hint: provider.requiresVirtualHosting ? "write `addressing: virtual` or leave it out" : "write `addressing: virtual` or `addressing: path`")
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
                "CB0504", "deploy target needs an endpoint", at: "name",
                hint: "add `endpoint: https://s3.example.gov.cn`, or `provider:` and `region:` of a known store")
            return nil
        }
        let lower = text.lowercased()
        let rest = lower.hasPrefix("https://") ? lower.dropFirst(8) : lower.hasPrefix("http://") ? lower.dropFirst(7) : nil
        let hostPart = rest.map { $0.hasSuffix("/") ? $0.dropLast() : $0 }
        guard let hostPart, !hostPart.isEmpty, !hostPart.contains("/") else {
            r.report(
                "CB0504", "endpoint '\(FieldReader.shorten(text))' must be http:// or https:// and a host, with no path", at: "endpoint",
                hint: "for example `endpoint: https://s3.oss-cn-hangzhou.aliyuncs.com`; the bucket goes in `bucket:`")
            return nil
        }
        let host = hostPart.hasPrefix("[") ? "::1" : String(hostPart.split(separator: ":").first ?? "")
        if lower.hasPrefix("http://"), !["localhost", "127.0.0.1", "::1"].contains(host), !host.hasSuffix(".localhost") {
            r.report(
                "CB0507", "endpoint '\(FieldReader.shorten(text))' is plain http://, so the pages could be altered on the way", at: "endpoint",
                hint: "use https:// unless the store is on this machine or a private network you trust", severity: .warning)
        }
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
