/// When and how long to wait before trying a request again: on 5xx, 429 and transport failures
/// (timeouts, refused or reset connections; those once, as the HTTP client already retries connecting),
/// with exponential backoff and full jitter so that eight workers do not retry in step.
public struct RetryPolicy: Sendable {
    /// Tries in all, the first included.
    public var attempts: Int
    /// The ceiling of the first wait, doubled for each retry.
    public var baseDelay: Double
    /// The longest single wait, however many retries came before.
    public var maximumDelay: Double

    /// A policy; the default tries four times over about three seconds at most.
    public init(attempts: Int = 4, baseDelay: Double = 0.2, maximumDelay: Double = 5) {
        self.attempts = attempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
    }

    /// Whether an answer with this status is worth another try.
    public static func isRetryable(status: Int) -> Bool { status == 429 || status >= 500 }

    /// Seconds to wait before try number `attempt + 1` (attempt counts from 1).
    public func delay(after attempt: Int, random: Double = Double.random(in: 0...1)) -> Double {
        let ceiling = min(maximumDelay, baseDelay * Double(1 << min(attempt - 1, 20)))
        return ceiling * random
    }
}
