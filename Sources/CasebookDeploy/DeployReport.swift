import CasebookSupport
import Foundation

/// What a deploy did, for the summary line and the bench.
public struct DeployReport: Sendable {
    /// The name of the target deployed to.
    public var target: String
    /// What was decided: the uploads, deletes and unchanged files the summary counts.
    public var plan: DeployPlan
    /// Objects deleted (zero on a dry run or when over the cap).
    public var deleted = 0
    /// Body bytes sent, after gzip and including retries.
    public var uploadedBytes = 0
    /// Requests sent, retries included.
    public var requests = 0
    /// Wall-clock time of the whole deploy.
    public var seconds = 0.0
    /// Set on a dry run, so the summary says what would happen, not what did.
    public var dryRun = false
    /// The changed and deleted URLs written for `--changed-urls`.
    public var changedURLs: [String] = []

    /// A report of `plan` on `target`.
    public init(target: String, plan: DeployPlan) {
        self.target = target
        self.plan = plan
    }

    /// `12 uploaded, 3,400 unchanged, 2 deleted, 1.2 MB, 45 requests, 3.40 s`.
    public var summary: Message {
        Message(
            dryRun ? "deploy.summary.dryRun" : "deploy.summary",
            [
                "uploads": "\(plan.uploads.count)", "unchanged": "\(plan.unchanged.count)", "deletes": "\(dryRun ? plan.deletes.count : deleted)",
                "megabytes": "\(String(format: "%.1f", Double(uploadedBytes) / 1_000_000))", "requests": "\(requests)",
                "seconds": "\(String(format: "%.2f", seconds))", "target": "\(target)",
            ])
    }
}
