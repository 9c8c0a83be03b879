import CasebookSupport
import Foundation

/// The images a form's narrative links, taken out of the package under Casebook's own names
/// (`image-1.png`, never the document's), with a note for each one left out. A link that points
/// outside the package stops the form.
final class FormMedia {
    /// The images to write into the form's media folder.
    private(set) var images: [(name: String, bytes: [UInt8])] = []
    /// What was left out, for the summary line.
    private(set) var notes: [Message] = []

    private let document: DocxDocument
    private let file: String
    private let prefix: String
    private let limit: Int

    /// Images of `document` linked as `prefix` + name; `limit` is the largest image accepted.
    init(document: DocxDocument, file: String, prefix: String, limit: Int) {
        self.document = document
        self.file = file
        self.prefix = prefix
        self.limit = limit
    }

    /// The link to the image of `relationship`, or nil when it is left out.
    func link(_ relationship: String) throws -> String? {
        switch document.relationships[relationship] {
        case .part(let part):
            let ext = (part as NSString).pathExtension.lowercased()
            guard ["png", "jpg", "jpeg", "gif", "webp"].contains(ext) else {
                notes.append(Message("form.note.imageFormat", ["ext": "\(ext)"]))
                return nil
            }
            guard let bytes = try document.package.part(part, limit: limit) else {
                notes.append(Message("form.note.imageMissing", ["part": "\(part)"]))
                return nil
            }
            let name = "image-\(images.count + 1).\(ext == "jpeg" ? "jpg" : ext)"
            images.append((name, bytes))
            return prefix + name
        case .outside(let target):
            throw FormFailure(.unsafeImage(target: target), path: file)
        case .external:
            notes.append(Message("form.note.imageLinked"))
            return nil
        case nil:
            notes.append(Message("form.note.imageNoTarget"))
            return nil
        }
    }
}
