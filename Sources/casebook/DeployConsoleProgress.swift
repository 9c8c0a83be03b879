import CasebookDeploy
import CasebookSupport

/// The deploy's progress on the console: a bar on a terminal, notes as lines.
struct DeployConsoleProgress: DeployProgress {
    let console: Console

    func uploaded(_ done: Int, of total: Int) {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "]"
        console.progress(Message("deploy.uploaded", ["bar": "\(bar)", "done": "\(done)", "total": "\(total)"]))
    }

    func note(_ message: Message) {
        console.clearProgress()
        console.say(message)
    }

    func warning(_ message: Message) {
        console.clearProgress()
        console.summary(.warning, message, to: .standardError)
    }
}
