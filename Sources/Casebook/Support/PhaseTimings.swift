import Foundation

/// Wall-clock and CPU time of the build's phases, printed to standard error when the environment
/// sets `CASEBOOK_TIMINGS=1` (the search benchmark reads them); silent otherwise. CPU time counts
/// every thread, so on a busy machine it shows the work a phase did better than the wall clock.
struct PhaseTimings: Sendable {
    let enabled: Bool

    /// Enabled by `CASEBOOK_TIMINGS=1`.
    static var fromEnvironment: PhaseTimings {
        PhaseTimings(enabled: ProcessInfo.processInfo.environment["CASEBOOK_TIMINGS"] == "1")
    }

    /// Runs `work`, printing `timing: <phase> <wall> ms wall, <cpu> ms cpu` when enabled.
    func measure<T>(_ phase: String, _ work: () -> T) -> T {
        guard enabled else { return work() }
        let (wall, cpu) = (DispatchTime.now().uptimeNanoseconds, Self.cpuNanoseconds())
        let result = work()
        let wallMS = Double(DispatchTime.now().uptimeNanoseconds - wall) / 1_000_000
        let cpuMS = Double(Self.cpuNanoseconds() - cpu) / 1_000_000
        let line = "timing: \(phase) \(String(format: "%.1f", wallMS)) ms wall, \(String(format: "%.1f", cpuMS)) ms cpu\n"
        FileHandle.standardError.write(Data(line.utf8))
        return result
    }

    /// CPU time of the whole process so far (`clock()`: all threads, user and system).
    private static func cpuNanoseconds() -> UInt64 {
        UInt64(max(0, clock())) * (1_000_000_000 / UInt64(CLOCKS_PER_SEC))
    }
}
