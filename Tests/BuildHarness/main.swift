// `casebook build` with a pause injected at one moment of the write, for the tests that kill or
// interrupt a build there (Tests/CasebookTests/Validation/InterruptedBuildTests.swift). Not shipped:
// the pause comes in as a `WriteMoments` value, so the product carries no test hook.
//
//   casebook-build-harness SITE (mid-write|before-swap) SECONDS
import Casebook
import CasebookOutput
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4, let seconds = Double(arguments[3]), ["mid-write", "before-swap"].contains(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: casebook-build-harness SITE (mid-write|before-swap) SECONDS\n".utf8))
    exit(2)
}
let source = arguments[1]
let interruption = OutputWriter.Interruption()
let pause: @Sendable () throws -> Void = {
    let end = Date(timeIntervalSinceNow: seconds)
    while Date() < end {
        try interruption.checkpoint()
        Thread.sleep(forTimeInterval: 0.02)
    }
}
let moments = arguments[2] == "mid-write" ? WriteMoments(midWrite: pause) : WriteMoments(beforeSwap: pause)
let trap = InterruptTrap.stoppingBuild(interruption) { FileHandle.standardError.write(Data(($0.english + "\n").utf8)) }
do {
    let result = try SiteBuilder(moments: moments).build(source: source, output: source + "/public", interruption: interruption)
    trap.cancel()
    exit(result.summary == nil ? 1 : 0)
} catch is OutputWriter.Interrupted {
    exit(130)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
