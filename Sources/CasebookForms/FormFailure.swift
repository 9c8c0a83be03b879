/// Why one form could not be imported; the message names the file and says what would be right.
public struct FormFailure: Error, CustomStringConvertible, Sendable {
    /// The file, what is wrong and what to do.
    public let description: String

    init(_ file: String, _ message: String) { description = "\(file): \(message)" }
}
