import CasebookOutput
import CasebookSupport
import Dispatch
import Foundation

/// Catches Ctrl-C (SIGINT) and SIGTERM while a build runs, so that the handler can stop the
/// writer and remove its staging folder before the process exits.
public final class InterruptTrap: @unchecked Sendable {
    // @unchecked: the sources are only touched in init and cancel, on the calling thread.
    private let sources: [DispatchSourceSignal]
    private static let queue = DispatchQueue(label: "casebook.interrupts")

    /// Calls `handler` with the signal's number instead of the default handling.
    public init(_ handler: @escaping @Sendable (Int32) -> Void) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: Self.queue)
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }

    /// What a build does on Ctrl-C: `say` the one line, stop the write (the staging folder is
    /// removed, the previous site stays) and end the process with 128 + the signal's number.
    public static func stoppingBuild(_ interruption: OutputWriter.Interruption, say: @escaping @Sendable (Message) -> Void) -> InterruptTrap {
        InterruptTrap { signal in
            // Said first: the writer, once stopped, lets the main thread end the process too.
            say(Message("common.interrupted"))
            interruption.interrupt()
            exit(128 + signal)
        }
    }

    /// Restores the default handling.
    public func cancel() {
        for source in sources {
            source.cancel()
            signal(Int32(source.handle), SIG_DFL)
        }
    }
}
