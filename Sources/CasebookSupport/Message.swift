/// A sentence for the user, kept as a catalogue key and named arguments and put into words late,
/// in the language of whoever reads it.
public struct Message: Sendable, Hashable, Codable {
    /// One value for a `{name}` placeholder: plain text, or another message rendered in the same language.
    public indirect enum Argument: Sendable, Hashable, Codable, ExpressibleByStringInterpolation {
        case text(String)
        case message(Message)

        /// A literal or interpolated text.
        public init(stringLiteral value: String) { self = .text(value) }

        private enum Key: String, CodingKey { case text, message }

        /// Written as one key, the kind, holding the value: no nested container, so the build
        /// cache's `BinaryEncoder` can write it as well as JSON can.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            switch self {
            case .text(let value): try container.encode(value, forKey: .text)
            case .message(let message): try container.encode(message, forKey: .message)
            }
        }

        /// Reads what `encode(to:)` wrote.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            if let value = try container.decodeIfPresent(String.self, forKey: .text) {
                self = .text(value)
            } else {
                self = .message(try container.decode(Message.self, forKey: .message))
            }
        }

        /// A thrown error: its own message when it has one, else its description.
        public static func error(_ failure: any Error) -> Argument {
            (failure as? any MessageConvertible).map { .message($0.message) } ?? .text("\(failure)")
        }

        /// The argument as words in `language`.
        public func text(in language: Language) -> String {
            switch self {
            case .text(let value): value
            case .message(let message): message.text(in: language)
            }
        }
    }

    /// The catalogue key, such as `build.built`.
    public var key: String
    /// The values of the placeholders, by name.
    public var arguments: [String: Argument]

    /// The message `key` with its placeholders' values.
    public init(_ key: String, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// `key.one` when `count` is 1, else `key.other`, with `{count}` set.
    public static func counted(_ key: String, _ count: Int, _ arguments: [String: Argument] = [:]) -> Message {
        Message(key + (count == 1 ? ".one" : ".other"), arguments.merging(["count": "\(count)"]) { given, _ in given })
    }

    /// A text that is the same in every language: a file name, a code, a value the author wrote.
    public static func verbatim(_ text: String) -> Message {
        Message("untranslated", ["text": .text(text)])
    }

    /// `items` as one message: joined by `joiner` (a key with `{first}` and `{rest}`), the last two by
    /// `last` (with `{first}` and `{last}`) when given.
    public static func list(_ items: [Message], _ joiner: String, last: String? = nil) -> Message {
        switch items.count {
        case 0: return verbatim("")
        case 1: return items[0]
        case 2: return Message(last ?? joiner, ["first": .message(items[0]), "rest": .message(items[1]), "last": .message(items[1])])
        default: return Message(joiner, ["first": .message(items[0]), "rest": .message(list(Array(items.dropFirst()), joiner, last: last))])
        }
    }

    /// The sentence in `language`: from its catalogue, else the English one, else the key itself.
    public func text(in language: Language) -> String {
        let template = MessageCatalogue.template(key, in: language) ?? MessageCatalogue.template(key, in: .en) ?? key
        return MessageCatalogue.fill(template) { name in arguments[name]?.text(in: language) }
    }

    /// The English sentence.
    public var english: String { text(in: .en) }
}

/// Something that can say what it is in any language: the errors the commands print.
public protocol MessageConvertible: CustomStringConvertible {
    /// What to tell the user.
    var message: Message { get }
}

extension MessageConvertible {
    /// The English text, for logs and `"\(error)"`.
    public var description: String { message.english }
}
