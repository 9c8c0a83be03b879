import Casebook
import CasebookContent
import Foundation

/// Finds the keys of a deploy target, never in site.yaml. In order: `CASEBOOK_DEPLOY_<NAME>_ACCESS_KEY_ID`
/// and `…_SECRET_ACCESS_KEY` (and `…_SESSION_TOKEN`); the target's `profile:` in ~/.aws/credentials;
/// `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` (and `AWS_SESSION_TOKEN`); the profile named by
/// `AWS_PROFILE`, else `default`. The file is `AWS_SHARED_CREDENTIALS_FILE` when set.
public struct CredentialResolver: Sendable {
    let environment: [String: String]

    /// A resolver over this environment (the process's by default).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The environment variable prefix of a target: `CASEBOOK_DEPLOY_` and the name in capitals, `-` as `_`.
    public static func variablePrefix(of target: DeployTarget) -> String {
        "CASEBOOK_DEPLOY_" + String(target.name.uppercased().map { $0 == "-" ? "_" : $0 }) + "_"
    }

    /// The keys for `target`, or a message saying where to put them.
    public func credentials(for target: DeployTarget) throws -> Credentials {
        let prefix = Self.variablePrefix(of: target)
        if let own = fromEnvironment(prefix) { return own }
        let file = credentialsFile()
        if let profile = target.profile {
            guard let found = file.parsed?.credentials(profile: profile, path: file.path) else {
                throw DeployError(.profileWithoutKeys(profile: profile, prefix: prefix), path: file.path)
            }
            return found
        }
        if let generic = fromEnvironment("AWS_") { return generic }
        let profile = environment["AWS_PROFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        if let found = file.parsed?.credentials(profile: profile, path: file.path) { return found }
        throw DeployError(.noCredentials(target: target.name, prefix: prefix, profile: profile), path: file.path)
    }

    private func fromEnvironment(_ prefix: String) -> Credentials? {
        guard let id = environment[prefix + "ACCESS_KEY_ID"], let secret = environment[prefix + "SECRET_ACCESS_KEY"],
            !id.isEmpty, !secret.isEmpty
        else { return nil }
        let token = environment[prefix + "SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        return Credentials(accessKeyID: id, secretAccessKey: secret, sessionToken: token, source: .environment(prefix: prefix))
    }

    private func credentialsFile() -> (path: String, parsed: AWSCredentialsFile?) {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let path = environment["AWS_SHARED_CREDENTIALS_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.aws/credentials"
        guard let data = FileManager.default.contents(atPath: path) else { return (path, nil) }
        return (path, AWSCredentialsFile(text: String(decoding: data, as: UTF8.self)))
    }
}
