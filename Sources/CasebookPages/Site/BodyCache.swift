import CasebookMarkdown
import CasebookSupport
import Synchronization

/// Markdown bodies rendered by earlier builds, so that a rebuild renders only the bodies that
/// changed. A rendering is a function of the body, the renderer's options and what the link
/// rewriter and the image reader answered, so each entry records those answers; it is reused only
/// when the body and options hash as before and every recorded question gets the same answer
/// today (a link to a case that was renamed since makes the body render again).
package final class BodyCache: Sendable {
    /// One body's rendering and what it depended on.
    package struct Entry: Sendable, Codable {
        /// `Fingerprint.content` of the body.
        package let body: String
        /// `MarkdownOptions` as text: every option, so a change of any of them renders again.
        package let options: String
        /// Each destination the rewriter was asked about, with its answer, in order.
        let rewrites: [Rewrite]
        /// Each image the renderer asked the size of, with the answer.
        package let images: [ImageSize]
        /// The rendering.
        package let document: MarkdownDocument
    }

    /// A destination as written and as the rewriter returned it.
    package struct Rewrite: Sendable, Codable, Hashable {
        package let from: String
        package let to: String
    }

    /// An image source and the size read for it, nil when it had none.
    package struct ImageSize: Sendable, Codable, Hashable {
        package let source: String
        package let size: ImageHeader?
    }

    private let entries: Mutex<[String: Entry]>
    private let used = Mutex<Set<String>>([])
    private let rendered = Mutex<Set<String>>([])

    /// A cache holding `entries`, keyed by `key(kind:file:record:)`.
    package init(_ entries: [String: Entry] = [:]) {
        self.entries = Mutex(entries)
    }

    /// The entries used or made since the cache was opened, for saving: bodies of entries that were
    /// deleted, or are no longer published, are dropped.
    package var snapshot: [String: Entry] {
        let used = self.used.withLock { $0 }
        return entries.withLock { $0.filter { used.contains($0.key) } }
    }

    /// The bodies rendered, or held but not asked for, since the cache was made: what a save must write.
    package var changedKeys: Set<String> {
        let used = self.used.withLock { $0 }
        return rendered.withLock { $0 }.union(entries.withLock { $0.keys.filter { !used.contains($0) } })
    }

    /// How many bodies the cache holds.
    package var count: Int { entries.withLock { $0.count } }

    /// The key of one body: the kind of entry, its file and which record of the file.
    package static func key(_ kind: String, file: String, record: String) -> String {
        kind + "\u{1}" + file + "\u{1}" + record
    }

    /// The rendering of `body` under `key`: the recorded one when nothing it depends on changed,
    /// else a new one, recorded.
    package func document(
        _ key: String, body: String, options: String, renderer: MarkdownRenderer,
        rewrite: @escaping @Sendable (String) -> String, imageSize: @escaping @Sendable (String) -> ImageHeader?
    ) -> MarkdownDocument {
        used.withLock { _ = $0.insert(key) }
        let hash = Fingerprint.content(body)
        if let entry = entries.withLock({ $0[key] }), entry.body == hash, entry.options == options,
            entry.rewrites.allSatisfy({ rewrite($0.from) == $0.to }), entry.images.allSatisfy({ imageSize($0.source) == $0.size })
        {
            return entry.document
        }
        let asked = Mutex<(rewrites: [Rewrite], images: [ImageSize])>(([], []))
        let document = renderer.render(
            body,
            rewrite: { from in
                let to = rewrite(from)
                asked.withLock { $0.rewrites.append(Rewrite(from: from, to: to)) }
                return to
            },
            imageSize: { source in
                let size = imageSize(source)
                asked.withLock { $0.images.append(ImageSize(source: source, size: size)) }
                return size
            })
        let answers = asked.withLock { $0 }
        let entry = Entry(body: hash, options: options, rewrites: answers.rewrites, images: answers.images, document: document)
        entries.withLock { $0[key] = entry }
        rendered.withLock { _ = $0.insert(key) }
        return document
    }
}
