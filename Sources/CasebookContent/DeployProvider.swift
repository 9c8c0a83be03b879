/// An object store `casebook deploy` knows by name (`provider:` of a `deploy:` target), with the
/// endpoint, addressing and signing quirks of each, so a target needs only its bucket and region.
public enum DeployProvider: String, Sendable, Hashable, CaseIterable {
    /// Aliyun Object Storage Service (阿里云 OSS): virtual-hosted addressing only.
    case aliyunOSS = "aliyun-oss"
    /// Tencent Cloud Object Storage (腾讯云 COS); bucket names end with the APPID.
    case tencentCOS = "tencent-cos"
    /// Huawei Object Storage Service (华为云 OBS): under SigV4 it takes only unsigned or streaming payloads.
    case huaweiOBS = "huawei-obs"
    /// Qiniu Kodo (七牛云 Kodo) through its S3-compatible endpoint.
    case qiniuKodo = "qiniu-kodo"
    /// Amazon S3, the China regions included (`cn-north-1`, `cn-northwest-1`).
    case awsS3 = "aws-s3"
    /// Any other S3-compatible store (MinIO, SeaweedFS, Ceph RGW …): `endpoint:` required, path style by default.
    case custom

    /// The endpoint of `region` when the target names none; nil for `custom`.
    public func endpoint(region: String) -> String? {
        switch self {
        case .aliyunOSS: "https://s3.oss-\(region).aliyuncs.com"
        case .tencentCOS: "https://cos.\(region).myqcloud.com"
        case .huaweiOBS: "https://obs.\(region).myhuaweicloud.com"
        case .qiniuKodo: "https://s3.\(region).qiniucs.com"
        case .awsS3: region.hasPrefix("cn-") ? "https://s3.\(region).amazonaws.com.cn" : "https://s3.\(region).amazonaws.com"
        case .custom: nil
        }
    }

    /// How buckets are addressed when the target does not say.
    public var defaultAddressing: DeployTarget.Addressing { self == .custom ? .path : .virtual }

    /// Whether the store refuses path-style requests.
    public var requiresVirtualHosting: Bool { self == .aliyunOSS }

    /// Whether bodies are sent as `UNSIGNED-PAYLOAD` (integrity then rests on Content-MD5).
    public var unsignedPayload: Bool { self == .huaweiOBS }

    /// A region to show in examples and hints.
    public var exampleRegion: String {
        switch self {
        case .aliyunOSS: "cn-hangzhou"
        case .tencentCOS: "ap-guangzhou"
        case .huaweiOBS: "cn-north-4"
        case .qiniuKodo: "cn-east-1"
        case .awsS3: "cn-north-1"
        case .custom: "us-east-1"
        }
    }
}
