/// Turns an S3 error answer into the failure it means: wrong keys, missing bucket, clock skew,
/// missing permission, or a store that is failing.
struct S3ErrorTranslator {
    let endpoint: S3Endpoint
    let credentialsSource: CredentialSource

    func error(status: Int, code: (code: String, message: String)?, action: StoreAction) -> DeployError {
        let answer = StoreAnswer(status: status, code: code?.code, text: code?.message ?? "")
        switch code?.code {
        case "SignatureDoesNotMatch", "InvalidAccessKeyId", "InvalidSecurity", "InvalidToken", "ExpiredToken", "TokenRefreshRequired":
            return DeployError(.credentialsRefused(credentialsSource, answer))
        case "RequestTimeTooSkewed":
            return DeployError(.clockSkew(answer))
        case "NoSuchBucket":
            return DeployError(.noSuchBucket(endpoint, answer))
        case "AccessDenied", "AllAccessDisabled", "AccountProblem":
            return DeployError(.denied(action, endpoint, answer))
        case "PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException":
            return DeployError(.wrongRegion(endpoint, answer))
        default:
            if status == 403 { return DeployError(.forbidden(action, credentialsSource, endpoint)) }
            if status == 404, action == .list { return DeployError(.noSuchBucket(endpoint, answer)) }
            return DeployError(.storeFailed(action, answer))
        }
    }
}
