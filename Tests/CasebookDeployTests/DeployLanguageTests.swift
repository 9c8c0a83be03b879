import CasebookContent
import CasebookSupport
import Foundation
import Testing

@testable import CasebookDeploy

/// A deploy's failure is a reason and the local path, put into words late: the same failure reads
/// in Chinese or in English, and its kind follows from the reason.
@Suite("Deploy messages in both languages")
struct DeployLanguageTests {
    @Test("a missing bucket: the store's own code kept, the sentence and its fix in either language")
    func missingBucket() {
        let error = DeployErrorTests.translator.error(status: 404, code: ("NoSuchBucket", "gone"), action: .list)
        #expect(error.kind == .bucket && error.path == nil)
        #expect(
            error.message.text(in: .zhCN)
                == "https://cos.ap-beijing.myqcloud.com 上的存储桶「b-125」不存在（NoSuchBucket：gone）；请在控制台中创建这个存储桶，或改正 site.yaml 中的 `bucket:`、`region:` 或 `endpoint:`；没有删除任何文件"
        )
        #expect(
            error.message.text(in: .en)
                == "bucket 'b-125' at https://cos.ap-beijing.myqcloud.com does not exist (NoSuchBucket: gone); create it in the console, or correct `bucket:`, `region:` or `endpoint:` in site.yaml; nothing was deleted"
        )
    }

    @Test("no credentials: the credentials file as the path, and where to put the keys in either language")
    func noCredentials() throws {
        let file = "/nonexistent/credentials"
        let target = DeployTarget(name: "prod-cn", endpoint: "https://h", bucket: "b")
        let error = try #require(throws: DeployError.self) {
            try CredentialResolver(environment: ["AWS_SHARED_CREDENTIALS_FILE": file]).credentials(for: target)
        }
        #expect(error.path == file && error.kind == .credentials)
        #expect(error.reason == .noCredentials(target: "prod-cn", prefix: "CASEBOOK_DEPLOY_PROD_CN_", profile: "default"))
        let chinese = error.message.text(in: .zhCN)
        #expect(chinese.hasPrefix("部署目标「prod-cn」没有密钥；请设置环境变量 CASEBOOK_DEPLOY_PROD_CN_ACCESS_KEY_ID"), "\(chinese)")
        #expect(chinese.contains("在 \(file) 中加上 [default] 配置"), "\(chinese)")
        #expect(error.description.hasPrefix("no credentials for deploy target 'prod-cn'; set CASEBOOK_DEPLOY_PROD_CN_ACCESS_KEY_ID"))
    }

    @Test("a failing store is a server failure, another refusal a configuration one")
    func kinds() {
        let failing = DeployErrorTests.translator.error(status: 503, code: nil, action: .upload(key: "a.html"))
        #expect(failing.kind == .server)
        #expect(failing.message.text(in: .en).hasPrefix("the store failed to upload a.html (HTTP 503); the store is failing"))
        #expect(failing.message.text(in: .zhCN).hasPrefix("存储服务未能完成「上传 a.html」（HTTP 状态码 503）；存储服务出现故障"))
        #expect(DeployErrorTests.translator.error(status: 400, code: nil, action: .list).kind == .configuration)
    }

    @Test("the summary line in either language, the numbers the same")
    func summary() {
        var plan = DeployPlan()
        plan.deletes = ["old.html"]
        var report = DeployReport(target: "production", plan: plan)
        report.deleted = 1
        report.requests = 4
        report.uploadedBytes = 1_200_000
        report.seconds = 0.5
        #expect(report.summary.text(in: .en) == "0 uploaded, 0 unchanged, 1 deleted, 1.2 MB, 4 requests, 0.50 s (target production)")
        #expect(report.summary.text(in: .zhCN) == "已上传 0 个，未改变 0 个，已删除 1 个，1.2 MB，4 次请求，0.50 秒（部署目标 production）")
    }
}
