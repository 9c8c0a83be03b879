import Casebook
import CasebookContent
import CasebookSupport
import Foundation

/// Publishes a built site to one target: list, plan, upload phase by phase, delete only after every
/// upload succeeded and only within the cap, then record what Casebook wrote.
public struct Deployer: Sendable {
    /// The bucket, prefix, provider and header rules to deploy to.
    public let target: DeployTarget
    /// The keys that sign every request.
    public let credentials: Credentials
    /// The site's `base_url`, for `--changed-urls`.
    public let baseURL: String?

    /// A deployer of `target` with these keys.
    public init(target: DeployTarget, credentials: Credentials, baseURL: String?) {
        self.target = target
        self.credentials = credentials
        self.baseURL = baseURL
    }

    /// Runs the deploy; throws a `DeployError` with its fix, having deleted nothing, when it cannot finish.
    public func run(_ options: DeployOptions, progress: any DeployProgress) async throws -> DeployReport {
        let start = ContinuousClock.now
        if options.changedURLsFile != nil, baseURL == nil {
            throw DeployError(.changedURLsNeedBaseURL)
        }
        guard let endpoint = S3Endpoint(endpoint: target.endpoint, bucket: target.bucket, addressing: target.addressing) else {
            throw DeployError(.badEndpoint(endpoint: target.endpoint, target: target.name))
        }
        let local = try LocalSite(folder: options.output, prefix: target.prefix, policy: HeaderPolicy(target: target))
        let transport = S3Transport(
            endpoint: endpoint, signer: SigV4Signer(credentials: credentials, region: target.region),
            retry: options.retry, concurrency: options.concurrency)
        do {
            var report = try await deploy(
                local, client: S3Client(transport: transport, unsignedPayload: target.provider.unsignedPayload),
                options: options, progress: progress)
            await transport.shutdown()
            (report.requests, report.uploadedBytes) = transport.totals
            report.seconds = Self.seconds(since: start)
            return report
        } catch {
            await transport.shutdown()
            throw error
        }
    }

    private func deploy(_ local: LocalSite, client: S3Client, options: DeployOptions, progress: any DeployProgress) async throws -> DeployReport {
        let manifestKey = target.prefix + DeployManifest.name
        let remote = try await client.list(prefix: target.prefix)
        var stored: Data?
        if remote.contains(where: { $0.key == manifestKey }) { stored = try await client.get(manifestKey) }
        let manifest = DeployManifest(data: stored)
        var planner = DeployPlanner()
        planner.force = options.force
        planner.deleteUnknown = options.deleteUnknown
        planner.maxDeletes = options.maxDeletes
        planner.manifestKey = manifestKey
        let probeKeys = planner.keysToProbe(local: local.files, remote: remote, manifest: manifest)
        let stamps = try await ConcurrentMap.run(probeKeys, width: options.concurrency) { key in (key, try await client.stamp(of: key)) }
        let probed = Dictionary(stamps.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        let plan = planner.plan(local: local.files, remote: remote, manifest: manifest, probed: probed)
        var report = DeployReport(target: target.name, plan: plan)
        report.dryRun = options.dryRun

        if options.dryRun {
            for upload in plan.uploads { progress.note(Message("deploy.plan.upload." + upload.reason.rawValue, ["key": "\(upload.file.key)"])) }
            for key in plan.deletes { progress.note(Message(plan.deletesOverCap ? "deploy.plan.deleteSkipped" : "deploy.plan.delete", ["key": "\(key)"])) }
            for key in plan.keptUnknown { progress.note(Message("deploy.plan.keep", ["key": "\(key)"])) }
        } else {
            var record = ManifestRecord(remote: remote, manifest: manifest, probed: probed)
            do {
                try await upload(plan, local: local, client: client, options: options, record: &record, progress: progress)
            } catch {
                try? await record.store(client: client, key: manifestKey, previous: manifest)
                throw error
            }
            if plan.deletesOverCap {
                progress.warning(Message("deploy.overCap", ["count": "\(plan.deletes.count)", "max": "\(options.maxDeletes)"]))
            } else if !plan.deletes.isEmpty {
                try await client.delete(plan.deletes)
                record.remove(plan.deletes)
                report.deleted = plan.deletes.count
            }
            try await record.store(client: client, key: manifestKey, previous: manifest)
        }
        if let file = options.changedURLsFile, let baseURL {
            report.changedURLs = changedURLs(plan, baseURL: baseURL, deleted: report.dryRun || report.deleted > 0)
            try writeLines(report.changedURLs, to: file)
        }
        return report
    }

    private func upload(
        _ plan: DeployPlan, local: LocalSite, client: S3Client, options: DeployOptions,
        record: inout ManifestRecord, progress: any DeployProgress
    ) async throws {
        var done = 0
        for phase in UploadPhase.allCases {
            let uploads = plan.uploads(in: phase)
            let base = done
            let entries = try await ConcurrentMap.run(
                uploads, width: options.concurrency,
                finished: { count in
                    progress.uploaded(base + count, of: plan.uploads.count)
                }
            ) { upload in
                let body = try local.body(of: upload.file)
                let etag = try await client.put(upload.file.key, body: body, headers: upload.file.headers.request(md5: upload.file.md5))
                return (upload.file.key, DeployManifest.Entry(md5: upload.file.md5, headers: upload.file.headers.digest, size: body.count, etag: etag))
            }
            for (key, entry) in entries { record.objects[key] = entry }
            done += uploads.count
        }
    }

    private func changedURLs(_ plan: DeployPlan, baseURL: String, deleted: Bool) -> [String] {
        let strip = { (key: String) in String(key.dropFirst(self.target.prefix.count)) }
        let changed = plan.uploads.filter { $0.reason != .new }.map { strip($0.file.key) }
        return ChangedURLs.list(baseURL: baseURL, changed: changed, deleted: deleted ? plan.deletes.map(strip) : [])
    }

    private func writeLines(_ lines: [String], to path: String) throws {
        do {
            try Data((lines.map { $0 + "\n" }.joined()).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw DeployError(.cannotWrite(why: error.localizedDescription), path: path)
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
