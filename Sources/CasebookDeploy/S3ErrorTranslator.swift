/// Turns an S3 error answer into one message with its fix: wrong keys, missing bucket, clock skew,
/// missing permission, or a store that is failing.
struct S3ErrorTranslator {
    let endpoint: S3Endpoint
    let credentialsSource: String

    func error(status: Int, code: (code: String, message: String)?, action: String) -> DeployError {
        let bucket = "bucket '\(endpoint.bucket)' at \(endpoint.scheme)://\(endpoint.authority)"
        let said = code.map { " (\($0.code)\($0.message.isEmpty ? "" : ": " + $0.message))" } ?? " (HTTP \(status))"
        switch code?.code {
        case "SignatureDoesNotMatch", "InvalidAccessKeyId", "InvalidSecurity", "InvalidToken", "ExpiredToken", "TokenRefreshRequired":
            return DeployError(
                .credentials, "the store refused the credentials from \(credentialsSource)\(said)",
                fix: "check the access key id and secret (copy them again from the console, without spaces); nothing was deleted")
        case "RequestTimeTooSkewed":
            return DeployError(
                .clockSkew, "this machine's clock is too far from the store's\(said)",
                fix: "set the clock right (`timedatectl set-ntp true` or `ntpdate`), then deploy again; nothing was deleted")
        case "NoSuchBucket":
            return DeployError(
                .bucket, "\(bucket) does not exist\(said)",
                fix: "create it in the console, or correct `bucket:`, `region:` or `endpoint:` in site.yaml; nothing was deleted")
        case "AccessDenied", "AllAccessDisabled", "AccountProblem":
            return DeployError(
                .permission, "the store denied the request to \(action) in \(bucket)\(said)",
                fix: "give the key s3:ListBucket, s3:GetObject, s3:PutObject and s3:DeleteObject on the bucket; nothing was deleted")
        case "PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException":
            return DeployError(
                .configuration, "\(bucket) is in another region or needs another endpoint\(said)",
                fix: "set `region:` (and `endpoint:`) in site.yaml to the bucket's own, as the console shows them")
        default:
            if status == 403 {
                return DeployError(
                    .credentials, "the store refused the request to \(action) with HTTP 403 (credentials from \(credentialsSource))",
                    fix: "check the access key id, the secret and the key's permissions on \(bucket); nothing was deleted")
            }
            if status == 404, action == "list" {
                return DeployError(.bucket, "\(bucket) does not exist (HTTP 404)", fix: "create it, or correct `bucket:` and `endpoint:` in site.yaml")
            }
            let kind: DeployError.Kind = status >= 500 || status == 429 ? .server : .configuration
            return DeployError(
                kind, "the store failed to \(action)\(said)",
                fix: status >= 500
                    ? "the store is failing; wait and deploy again (finished uploads are kept and not repeated)" : "check the target in site.yaml")
        }
    }
}
