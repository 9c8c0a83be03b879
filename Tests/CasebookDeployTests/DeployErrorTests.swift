import Foundation
import Testing

@testable import CasebookDeploy

/// Failures become one message with its fix, and only what may pass on a second try is retried.
@Suite("Deploy errors and retries")
struct DeployErrorTests {
    static let translator = S3ErrorTranslator(
        endpoint: S3Endpoint(endpoint: "https://cos.ap-beijing.myqcloud.com", bucket: "b-125", addressing: .virtual)!,
        credentialsSource: .environment(prefix: "AWS_"))

    @Test(
        "S3 error codes map to the cause and its fix",
        arguments: [
            ("SignatureDoesNotMatch", 403, DeployError.Kind.credentials, "check the access key id and secret"),
            ("InvalidAccessKeyId", 403, .credentials, "nothing was deleted"),
            ("RequestTimeTooSkewed", 403, .clockSkew, "timedatectl set-ntp true"),
            ("NoSuchBucket", 404, .bucket, "create it in the console"),
            ("AccessDenied", 403, .permission, "s3:PutObject"),
        ])
    func translate(code: String, status: Int, kind: DeployError.Kind, fix: String) {
        let error = Self.translator.error(status: status, code: (code, "message"), action: .list)
        #expect(error.kind == kind)
        #expect(error.description.contains(fix) && error.description.contains(code))
    }

    @Test("an error body is read from its XML")
    func errorBody() {
        let body = Data("<?xml version=\"1.0\"?><Error><Code>NoSuchBucket</Code><Message>The bucket does not exist</Message></Error>".utf8)
        let response = S3Response(status: 404, headers: [:], body: body)
        #expect(response.errorCode?.code == "NoSuchBucket" && response.errorCode?.message == "The bucket does not exist")
    }

    @Test("5xx and 429 are retried, with jittered backoff that doubles up to a ceiling")
    func retries() {
        #expect(RetryPolicy.isRetryable(status: 503) && RetryPolicy.isRetryable(status: 429))
        #expect(!RetryPolicy.isRetryable(status: 403) && !RetryPolicy.isRetryable(status: 404))
        let policy = RetryPolicy(attempts: 4, baseDelay: 0.2, maximumDelay: 1)
        #expect(policy.delay(after: 1, random: 1) == 0.2 && policy.delay(after: 2, random: 1) == 0.4)
        #expect(policy.delay(after: 9, random: 1) == 1 && policy.delay(after: 3, random: 0.5) == 0.4)
        #expect(policy.delay(after: 2, random: 0) == 0)
    }

    @Test("a listing is read across its records, with the continuation token")
    func listing() {
        let xml = """
            <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><IsTruncated>true</IsTruncated>
            <Contents><Key>a.html</Key><Size>12</Size><ETag>&quot;e1&quot;</ETag></Contents>
            <Contents><Key>b/c.css</Key><Size>3</Size><ETag>"e2"</ETag></Contents><NextContinuationToken>tok</NextContinuationToken></ListBucketResult>
            """
        let document = S3XML(Data(xml.utf8))
        #expect(document.records("Contents").map { $0["Key"] ?? "" } == ["a.html", "b/c.css"])
        #expect(document.records("Contents").map { $0["Size"] ?? "" } == ["12", "3"])
        #expect(document.first("IsTruncated") == "true" && document.first("NextContinuationToken") == "tok")
    }
}
