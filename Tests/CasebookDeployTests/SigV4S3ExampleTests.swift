import CasebookDeploy
import Foundation
import Testing

/// The four worked examples of AWS's S3 documentation ("Signature Calculations for the
/// Authorization Header: Transferring Payload in a Single Chunk"), with their published signatures.
@Suite("SigV4: the S3 documentation's examples")
struct SigV4S3ExampleTests {
    static let signer = SigV4Signer(
        credentials: Credentials(accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        region: "us-east-1", service: "s3")
    static let date = Date(timeIntervalSince1970: 1_369_353_600) // 2013-05-24T00:00:00Z
    static let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    static let host = ("Host", "examplebucket.s3.amazonaws.com")

    static func signature(_ request: SignableRequest, payloadHash: String) -> String {
        var signed = request
        signer.sign(&signed, payloadHash: payloadHash, at: date)
        return String(signed.header("Authorization")?.split(separator: "=").last ?? "")
    }

    @Test("GET object with a range")
    func getObject() {
        let request = SignableRequest(
            method: "GET", path: "/test.txt",
            headers: [Self.host, ("Range", "bytes=0-9"), ("x-amz-content-sha256", Self.emptyHash), ("x-amz-date", "20130524T000000Z")])
        let canonical = SigV4Signer.canonicalRequest(request, payloadHash: Self.emptyHash)
        #expect(
            canonical.text == """
                GET
                /test.txt

                host:examplebucket.s3.amazonaws.com
                range:bytes=0-9
                x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                x-amz-date:20130524T000000Z

                host;range;x-amz-content-sha256;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                """)
        #expect(
            SigV4Signer.stringToSign(canonical.text, timestamp: "20130524T000000Z", scope: "20130524/us-east-1/s3/aws4_request")
                .hasSuffix("\n7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"))
        #expect(Self.signature(request, payloadHash: Self.emptyHash) == "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
    }

    @Test("PUT object: `$` in the key is encoded, a Date header and a storage class are signed")
    func putObject() {
        let payloadHash = SigV4Signer.sha256Hex(Data("Welcome to Amazon S3.".utf8))
        #expect(payloadHash == "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072")
        let request = SignableRequest(
            method: "PUT", path: "/test$file.text",
            headers: [
                Self.host, ("Date", "Fri, 24 May 2013 00:00:00 GMT"), ("x-amz-storage-class", "REDUCED_REDUNDANCY"),
                ("x-amz-content-sha256", payloadHash),
            ])
        #expect(request.encodedPath == "/test%24file.text")
        #expect(Self.signature(request, payloadHash: payloadHash) == "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd")
    }

    @Test("GET bucket lifecycle: a query name without a value signs as `lifecycle=`")
    func getLifecycle() {
        let request = SignableRequest(method: "GET", path: "/", query: [("lifecycle", "")], headers: [Self.host, ("x-amz-content-sha256", Self.emptyHash)])
        #expect(request.encodedQuery == "lifecycle=")
        #expect(Self.signature(request, payloadHash: Self.emptyHash) == "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543")
    }

    @Test("GET bucket (list objects): query parameters sorted")
    func listObjects() {
        let request = SignableRequest(
            method: "GET", path: "/", query: [("prefix", "J"), ("max-keys", "2")], headers: [Self.host, ("x-amz-content-sha256", Self.emptyHash)])
        #expect(request.encodedQuery == "max-keys=2&prefix=J")
        #expect(Self.signature(request, payloadHash: Self.emptyHash) == "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7")
    }

    @Test("the Authorization header names the scope and the signed headers")
    func authorizationHeader() {
        var request = SignableRequest(method: "GET", path: "/", query: [("lifecycle", "")], headers: [Self.host, ("x-amz-content-sha256", Self.emptyHash)])
        Self.signer.sign(&request, payloadHash: Self.emptyHash, at: Self.date)
        #expect(
            request.header("authorization")
                == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"
        )
        #expect(request.header("x-amz-date") == "20130524T000000Z")
    }
}
