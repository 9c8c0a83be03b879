import CasebookDeploy
import Foundation
import Testing

/// Cases of AWS's SigV4 test suite (aws-sig-v4-test-suite: service `service`, us-east-1,
/// 2015-08-30T12:36:00Z) on header canonicalisation and query and path encoding, each with the
/// Authorization header AWS publishes for it.
@Suite("SigV4: AWS's test suite")
struct SigV4SuiteTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        var method = "GET"
        var path = "/"
        var query: [(name: String, value: String)] = []
        var headers: [(name: String, value: String)] = []
        var body = ""
        let signedHeaders: String
        let signature: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "get-vanilla", signedHeaders: "host;x-amz-date", signature: "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
        Case(
            name: "get-unreserved", path: "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
            signedHeaders: "host;x-amz-date", signature: "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"),
        Case(
            name: "get-vanilla-query-order-key-case", query: [("Param2", "value2"), ("Param1", "value1")],
            signedHeaders: "host;x-amz-date", signature: "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
        Case(
            name: "get-vanilla-query-order-value", query: [("Param1", "value2"), ("Param1", "value1")],
            signedHeaders: "host;x-amz-date", signature: "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694"),
        Case(
            name: "get-vanilla-utf8-query", query: [("\u{1234}", "bar")],
            signedHeaders: "host;x-amz-date", signature: "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"),
        Case(
            name: "get-header-value-trim", headers: [("My-Header1", " value1"), ("My-Header2", "\"a   b   c\"")],
            signedHeaders: "host;my-header1;my-header2;x-amz-date", signature: "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
        Case(
            name: "get-header-key-duplicate", headers: [("My-Header1", "value2"), ("My-Header1", "value2"), ("My-Header1", "value1")],
            signedHeaders: "host;my-header1;x-amz-date", signature: "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"),
        Case(
            name: "get-header-value-order", headers: [("My-Header1", "value4"), ("My-Header1", "value1"), ("My-Header1", "value3"), ("My-Header1", "value2")],
            signedHeaders: "host;my-header1;x-amz-date", signature: "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01"),
        Case(
            name: "post-x-www-form-urlencoded", method: "POST", headers: [("Content-Type", "application/x-www-form-urlencoded")], body: "Param1=value1",
            signedHeaders: "content-type;host;x-amz-date", signature: "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"),
    ]

    static let signer = SigV4Signer(
        credentials: Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        region: "us-east-1", service: "service")

    @Test("each case signs to its published Authorization header", arguments: cases)
    func published(_ test: Case) {
        var request = SignableRequest(
            method: test.method, path: test.path, query: test.query,
            headers: [("Host", "example.amazonaws.com")] + test.headers)
        Self.signer.sign(&request, payloadHash: SigV4Signer.sha256Hex(Data(test.body.utf8)), at: Date(timeIntervalSince1970: 1_440_938_160))
        #expect(
            request.header("Authorization")
                == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=\(test.signedHeaders), Signature=\(test.signature)"
        )
    }

    @Test("get-header-value-trim: values trimmed, inner runs of spaces collapsed")
    func headerTrim() {
        let request = SignableRequest(
            method: "GET", path: "/",
            headers: [
                ("Host", "example.amazonaws.com"), ("My-Header1", " value1"),
                ("My-Header2", "\"a   b   c\""), ("X-Amz-Date", "20150830T123600Z"),
            ])
        let lines = SigV4Signer.canonicalRequest(request, payloadHash: "-").text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[3...5] == ["host:example.amazonaws.com", "my-header1:value1", "my-header2:\"a b c\""])
    }

    @Test("get-utf8 and get-space: the published canonical paths")
    func paths() {
        #expect(SignableRequest(method: "GET", path: "/\u{1234}").encodedPath == "/%E1%88%B4")
        #expect(SignableRequest(method: "GET", path: "/example space/").encodedPath == "/example%20space/")
    }

    @Test("query values: `+`, `=`, `/` and spaces are percent-encoded, never `+`")
    func queryEncoding() {
        #expect(URIEncoding.query([("q", "a+b c"), ("a", "1=2/3")]) == "a=1%3D2%2F3&q=a%2Bb%20c")
        #expect(URIEncoding.query([("a", "10"), ("a", "9")]) == "a=10&a=9")
    }
}
