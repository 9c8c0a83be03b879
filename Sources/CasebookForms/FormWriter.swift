import Casebook
import CasebookExport
import CasebookSupport
import Foundation

/// Writes one imported form: picks its file name (refusing, or with `--rename` numbering, when the
/// name is taken), renders the body with the images it links, and writes the images and then the file,
/// checking that the media folder stays inside content/media/.
struct FormWriter {
    let root: String
    let rename: Bool
    private var caseSlugs: Set<String>

    init(root: String, rename: Bool) {
        self.root = root
        self.rename = rename
        caseSlugs = ExistingCases.slugs(root: root)
    }

    /// Writes the form's file and images; returns the file's path and the summary line.
    mutating func write(_ entry: FormEntry, reading: FormReader.Reading, file: String, limits: FormLimits) throws -> (path: String, summary: Message) {
        let slug = try freeSlug(entry, file: file)
        let path = entry.kind == .caseForm ? "content/cases/\(entry.year)/\(slug).md" : "content/regions/\(slug).md"
        let mediaFolder = "content/media/\(slug)"
        let media = FormMedia(
            document: reading.document, file: file, prefix: (entry.kind == .caseForm ? "../../media/" : "../media/") + slug + "/",
            limit: limits.imageBytes)
        var writer = NarrativeWriter(headings: Headings(styles: reading.document.styles), footnotes: reading.document.footnotes) { relationship, _ in
            try media.link(relationship)
        }
        let body = try writer.markdown(reading.narrative)
        var text = "---\n# 由 casebook import form 从申报书 \(YAMLText.quoted((file as NSString).lastPathComponent)) 导入，请核对各项后再发布。\n"
        for line in entry.lines { text += YAMLText.line(line.key, line.value, line.comment) }
        text += "---\n" + body
        try commit(path: path, text: text, mediaFolder: mediaFolder, images: media.images, file: file)
        if entry.kind == .caseForm { caseSlugs.insert(slug) }
        return (path, Self.summary(entry, counts: writer.counts, notes: entry.notes + media.notes))
    }

    /// `filled …; missing …; 3 headings, …; empty sections …; notes`.
    private static func summary(_ entry: FormEntry, counts: NarrativeWriter.Counts, notes: [Message]) -> Message {
        var parts = [Message("form.summary.filled", ["fields": .message(.labels(entry.filled))])]
        parts.append(
            entry.missing.isEmpty ? Message("form.summary.nothingMissing") : Message("form.summary.missing", ["fields": .message(.labels(entry.missing))]))
        parts.append(
            Message(
                "form.summary.counts",
                ["headings": "\(counts.headings)", "tables": "\(counts.tables)", "images": "\(counts.images)", "footnotes": "\(counts.footnotes)"]))
        if !counts.emptySections.isEmpty { parts.append(Message("form.summary.emptySections", ["sections": .message(.labels(counts.emptySections))])) }
        return .list(parts + notes, "form.join")
    }

    /// The entry's slug, or with `--rename` the first free numbered one; a taken name is refused with both files named.
    private func freeSlug(_ entry: FormEntry, file: String) throws -> String {
        func taken(_ slug: String) -> String? {
            if entry.kind == .caseForm, let path = existingCase(slug) { return path }
            if entry.kind == .region, ScaffoldWriter.exists("content/regions/\(slug).md", in: root) { return "content/regions/\(slug).md" }
            return ScaffoldWriter.exists("content/media/\(slug)", in: root) ? "content/media/\(slug)/" : nil
        }
        guard let existing = taken(entry.slug) else { return entry.slug }
        guard rename, entry.kind == .caseForm else {
            throw FormFailure(
                entry.kind == .caseForm ? .caseTaken(slug: entry.slug, existing: existing) : .regionTaken(slug: entry.slug, existing: existing), path: file)
        }
        var number = 2
        while taken("\(entry.slug)-\(number)") != nil { number += 1 }
        return "\(entry.slug)-\(number)"
    }

    /// The file of the case with this slug, if any (any year folder).
    private func existingCase(_ slug: String) -> String? {
        guard caseSlugs.contains(slug) else { return nil }
        let cases = URL(fileURLWithPath: root).appendingPathComponent("content/cases").path
        let match = (FileManager.default.subpaths(atPath: cases) ?? []).sorted().first {
            (($0 as NSString).lastPathComponent as NSString).deletingPathExtension == slug
        }
        return match.map { "content/cases/\($0)" } ?? "content/cases/…/\(slug)"
    }

    /// Writes the images, then the file; on any failure removes what this form wrote.
    private func commit(path: String, text: String, mediaFolder: String, images: [(name: String, bytes: [UInt8])], file: String) throws {
        let base = URL(fileURLWithPath: root).standardizedFileURL
        let folder = base.appendingPathComponent(mediaFolder).standardizedFileURL
        guard folder.path.hasPrefix(base.appendingPathComponent("content/media").path + "/") else {
            throw FormFailure(.mediaOutside(folder: mediaFolder), path: file)
        }
        var written: [URL] = []
        do {
            if !images.isEmpty {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                written.append(folder)
                for image in images {
                    let target = folder.appendingPathComponent(image.name)
                    try Data(image.bytes).write(to: target, options: .withoutOverwriting)
                }
            }
            guard try ScaffoldWriter.create(path, text, in: root) else {
                throw FormFailure(.appeared(file: path), path: file)
            }
        } catch {
            for url in written.reversed() { try? FileManager.default.removeItem(at: url) }
            if let failure = error as? FormFailure { throw failure }
            throw FormFailure(.writeFailed(error.localizedDescription), path: file)
        }
    }
}
