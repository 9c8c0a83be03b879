import Foundation

/// The profiles of ~/.aws/credentials (INI: `[name]` sections of `key = value` lines), the file the
/// AWS CLI, ossutil's S3 mode and most S3 tools share.
public struct AWSCredentialsFile: Sendable {
    /// Keys by profile name.
    public let profiles: [String: [String: String]]

    /// Parses the text of a credentials file; comment lines (`#`, `;`) and blank lines are skipped.
    public init(text: String) {
        var profiles: [String: [String: String]] = [:]
        var current: String?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                var name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                if name.hasPrefix("profile ") { name = String(name.dropFirst(8)).trimmingCharacters(in: .whitespaces) }
                current = name
                profiles[name, default: [:]] = profiles[name] ?? [:]
            } else if let current, let equals = line.firstIndex(of: "=") {
                let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
                profiles[current]?[key] = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            }
        }
        self.profiles = profiles
    }

    /// The keys of `profile`, when it has both an access key id and a secret.
    public func credentials(profile: String, path: String) -> Credentials? {
        guard let keys = profiles[profile], let id = keys["aws_access_key_id"], let secret = keys["aws_secret_access_key"],
            !id.isEmpty, !secret.isEmpty
        else { return nil }
        return Credentials(
            accessKeyID: id, secretAccessKey: secret, sessionToken: keys["aws_session_token"],
            source: .profile(profile, file: path))
    }
}
