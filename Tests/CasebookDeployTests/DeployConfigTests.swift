import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookSupport

/// The `deploy:` section of site.yaml: presets, addressing, and no secrets.
@Suite("Deploy targets in site.yaml")
struct DeployConfigTests {
    static func parse(_ deploy: String) -> (targets: [DeployTarget], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let config = SiteConfig.parse("title: T\ndeploy:\n" + deploy, file: "site.yaml", into: &diagnostics)
        return (config?.deploy ?? [], diagnostics)
    }

    @Test("presets give the endpoint and addressing of each provider")
    func presets() {
        let (targets, diagnostics) = Self.parse(
            """
              - { name: oss, provider: aliyun-oss, region: cn-hangzhou, bucket: b1, prefix: /showcase }
              - { name: cos, provider: tencent-cos, region: ap-guangzhou, bucket: b2-1250000000 }
              - { name: obs, provider: huawei-obs, region: cn-north-4, bucket: b3 }
              - { name: kodo, provider: qiniu-kodo, region: cn-east-1, bucket: b4 }
              - { name: s3, provider: aws-s3, region: cn-north-1, bucket: b5 }
              - { name: minio, endpoint: "http://127.0.0.1:9000/", bucket: b6, matchers: [{ pattern: "*.pdf", cache_control: no-cache }] }
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        #expect(
            targets.map(\.endpoint) == [
                "https://s3.oss-cn-hangzhou.aliyuncs.com", "https://cos.ap-guangzhou.myqcloud.com", "https://obs.cn-north-4.myhuaweicloud.com",
                "https://s3.cn-east-1.qiniucs.com", "https://s3.cn-north-1.amazonaws.com.cn", "http://127.0.0.1:9000",
            ])
        #expect(targets.map(\.addressing) == [.virtual, .virtual, .virtual, .virtual, .virtual, .path])
        #expect(targets[0].prefix == "showcase/")
        #expect(targets[2].provider.unsignedPayload && !targets[0].provider.unsignedPayload)
        #expect(targets[5].matchers.first?.cacheControl == "no-cache")
    }

    @Test("a secret in site.yaml is an error that says where keys belong")
    func secret() {
        let (_, diagnostics) = Self.parse("  - { name: oss, provider: aliyun-oss, region: cn-hangzhou, bucket: b, secret_access_key: abc }\n")
        #expect(diagnostics.map(\.code) == ["CB0501"])
        #expect(diagnostics.first?.hint?.contains("AWS_SECRET_ACCESS_KEY") == true)
    }

    @Test(
        "OSS refuses path-style addressing; other mistakes get their own codes",
        arguments: [
            ("  - { name: oss, provider: aliyun-oss, region: cn-hangzhou, bucket: b, addressing: path }\n", "CB0503"),
            ("  - { name: x, provider: azure, bucket: b }\n", "CB0502"),
            ("  - { name: x, provider: tencent-cos, bucket: b }\n", "CB0504"),
            ("  - { name: x, endpoint: \"https://host/path\", bucket: b }\n", "CB0504"),
            ("  - { name: x, bucket: b }\n", "CB0504"),
            ("  - { name: x, endpoint: \"https://h\", bucket: b }\n  - { name: x, endpoint: \"https://h\", bucket: c }\n", "CB0505"),
            ("  - { name: \"a b\", endpoint: \"https://h\", bucket: b }\n", "CB0505"),
            ("  - { name: x, endpoint: \"https://h\", bucket: b, matchers: [{ pattern: \"*.pdf\" }] }\n", "CB0506"),
            ("  - { name: x, endpoint: \"http://store.example.com\", bucket: b }\n", "CB0507"),
            ("  - { name: x, endpoint: \"https://h\" }\n", "CB0101"),
        ])
    func mistakes(yaml: String, code: String) {
        #expect(Self.parse(yaml).diagnostics.map(\.code) == [code])
    }
}
