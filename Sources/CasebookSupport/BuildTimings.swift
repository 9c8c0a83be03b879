import Foundation

/// Wall-clock and CPU time of each phase of one build, for `casebook build --timings`. CPU time
/// counts every thread, so it shows how well a phase used the cores (CPU ÷ wall) and, on a busy
/// machine, the work a phase did better than the wall clock. A disabled recorder only runs the work.
public final class BuildTimings: @unchecked Sendable {
    // @unchecked: `phases` is only touched under `lock`.
    /// One measured phase.
    public struct Phase: Sendable, Equatable {
        /// The phase as `--timings` names it (`load`, `site`, `theme` …).
        public let name: String
        /// Time on the wall clock, from the phase's start to its end.
        public let wallNanoseconds: UInt64
        /// Processor time, user and system, of every thread of the process during the phase.
        public let cpuNanoseconds: UInt64
    }

    private let enabled: Bool
    private let lock = NSLock()
    private var recorded: [Phase] = []

    /// A recorder that measures when `enabled`.
    public init(enabled: Bool = true) {
        self.enabled = enabled
    }

    /// One that measures nothing.
    public static var off: BuildTimings { BuildTimings(enabled: false) }

    /// The phases measured so far, in the order they ended.
    public var phases: [Phase] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// Runs `work` as the phase `name`.
    public func measure<T, E: Error>(_ name: String, _ work: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try work() }
        let (wall, cpu) = (DispatchTime.now().uptimeNanoseconds, Self.cpuNanoseconds())
        let result = try work()
        let phase = Phase(
            name: name, wallNanoseconds: DispatchTime.now().uptimeNanoseconds - wall,
            cpuNanoseconds: Self.cpuNanoseconds() &- cpu)
        lock.lock()
        recorded.append(phase)
        lock.unlock()
        return result
    }

    /// The phases as an aligned table: name, wall ms, CPU ms, and the share of the total wall time
    /// (the sum of the phases that ran one after another).
    public var table: String {
        let phases = self.phases
        // A phase "beside" another ran on a second thread during it: its time is inside that one's.
        let sequential = phases.filter { !$0.name.contains("beside") }
        let total = max(1, sequential.reduce(0) { $0 + $1.wallNanoseconds })
        let width = max(5, phases.map(\.name.count).max() ?? 0)
        func ms(_ nanoseconds: UInt64) -> String { String(format: "%9.1f ms", Double(nanoseconds) / 1_000_000) }
        func pad(_ text: String) -> String { text + String(repeating: " ", count: width - text.count) }
        var lines = ["\(pad("phase"))        wall          cpu   share"]
        for phase in phases {
            let share = String(format: "%6.1f %%", Double(phase.wallNanoseconds) * 100 / Double(total))
            lines.append("\(pad(phase.name)) \(ms(phase.wallNanoseconds)) \(ms(phase.cpuNanoseconds)) \(share)")
        }
        let cpu = sequential.reduce(0) { $0 + $1.cpuNanoseconds }
        lines.append("\(pad("total")) \(ms(total)) \(ms(cpu))")
        if sequential.count < phases.count {
            lines.append("(a phase \"beside\" another ran at the same time on another core; cpu is the whole process's)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    #if os(Linux)
        private static let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
        private static let RUSAGE_SELF_WHO = RUSAGE_SELF
    #endif

    /// CPU time of the whole process so far, user and system, all threads.
    private static func cpuNanoseconds() -> UInt64 {
        var usage = rusage()
        getrusage(Self.RUSAGE_SELF_WHO, &usage)
        let user = UInt64(usage.ru_utime.tv_sec) * 1_000_000_000 + UInt64(usage.ru_utime.tv_usec) * 1_000
        let system = UInt64(usage.ru_stime.tv_sec) * 1_000_000_000 + UInt64(usage.ru_stime.tv_usec) * 1_000
        return user + system
    }
}
