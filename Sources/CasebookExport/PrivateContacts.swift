import CasebookContent
import CasebookSupport

/// The contact people of cases (`contact:` blocks), read on their own, only when an export is
/// explicitly asked for private fields (`--include-private`). The site model never holds them:
/// `CaseEntry` drops the block at load time, so no page, feed or open-data file can publish it.
public struct PrivateContacts: Sendable {
    /// One case's contact block.
    public struct Contact: Sendable, Hashable {
        /// The contact person, as written in the case file.
        public let name: String?
        /// The phone number, as written (`010-…`, `+86…`).
        public let phone: String?
        /// The e-mail address, as written.
        public let email: String?
    }

    /// Contacts by case slug.
    public let bySlug: [String: Contact]

    /// Reads the contact block of every file that holds one of `cases`, and nothing else of it.
    public init(root: String, cases: [CaseEntry], fileSystem: any FileSystem = LocalFileSystem()) {
        let loader = ContentLoader(fileSystem: fileSystem)
        var bySlug: [String: Contact] = [:]
        for file in Set(cases.map(\.file)).sorted() {
            var ignored: [Diagnostic] = []
            var hash: String?
            for record in loader.records(file, root: root, hash: &hash, into: &ignored) {
                guard
                    var reader = FieldReader(
                        record.node, file: file, firstLine: record.firstLine, known: CaseEntry.keys,
                        what: Message("what.case"), into: &ignored),
                    let slug = record.slug ?? reader.string("slug"),
                    var contact = reader.nested("contact", known: ["name", "phone", "email"])
                else { continue }
                bySlug[slug] = Contact(name: contact.string("name"), phone: contact.string("phone"), email: contact.string("email"))
            }
        }
        self.bySlug = bySlug
    }
}
