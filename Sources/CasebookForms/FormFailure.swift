import CasebookSupport

/// Why one form could not be imported (or a blank one written): the file and the reason as values;
/// the sentence, naming the file and what would be right, is made by the reason from the catalogue.
public typealias FormFailure = PathFailure<FormFailureReason>

/// Why a form was refused.
public enum FormFailureReason: PathReason {
    /// The extension is none of .docx, .doc, .wps, .odt, .rtf.
    case notWordFile
    /// The file is larger than a form may be.
    case tooLarge(size: Int, limit: Int)
    /// The file cannot be read.
    case unreadable
    /// The bytes are not a Word package.
    case notWordDocument
    /// A password-protected .docx (Word wraps those in a compound file).
    case encrypted
    /// An old binary .doc or .wps named .docx.
    case oldWordNamedDocx
    /// It starts like a ZIP file, but its directory cannot be read.
    case brokenZip
    /// The package lists more entries than `limit`.
    case tooManyEntries(limit: Int)
    /// An entry whose name leaves the package.
    case unsafeEntry(name: String)
    /// An OpenDocument file named .docx.
    case openDocument
    /// A ZIP file with no word/document.xml.
    case notWordZip
    /// An image part over the image limit; `size` when the package says it before unpacking.
    case imageTooLarge(part: String, size: Int?, limit: Int)
    /// What was read unpacks to more than `limit`.
    case unpacksTooLarge(limit: Int)
    /// A part that cannot be unpacked.
    case corruptPart(part: String)
    /// word/document.xml is not well-formed.
    case corruptText
    /// No label of a 申报书 was found.
    case noFields
    /// Required fields missing, empty or unreadable, in the form's own words.
    case fieldProblems([FormProblem])
    /// An image relationship that points outside the package.
    case unsafeImage(target: String)
    /// The case's file name is taken by `existing`.
    case caseTaken(slug: String, existing: String)
    /// The region's file (one per unit and year) is taken by `existing`.
    case regionTaken(slug: String, existing: String)
    /// The media folder would leave content/media.
    case mediaOutside(folder: String)
    /// The file to write appeared while importing.
    case appeared(file: String)
    /// Writing failed (the system's words); what was written was removed.
    case writeFailed(String)
    /// .doc, .wps, .odt or .rtf forms and no LibreOffice to convert them.
    case needsLibreOffice
    /// The forms could not be copied for conversion (the system's words).
    case conversionSetup(String)
    /// LibreOffice gave no .docx.
    case conversionFailed
    /// LibreOffice was stopped after its time.
    case conversionTimedOut
    /// The blank form's file exists.
    case blankExists
    /// Anything else that went wrong, in its own message.
    case other(Message)

    /// `path: what is wrong; what to do`, where `path` is the form (or forms, comma-separated).
    public func message(path: String) -> Message {
        Message("form.failure", ["path": "\(path)", "reason": .message(said)])
    }

    private var said: Message {
        switch self {
        case .tooLarge(let size, let limit): Message("form.tooLarge", ["size": "\(FormLimits.describe(size))", "limit": "\(FormLimits.describe(limit))"])
        case .tooManyEntries(let limit): Message("form.tooManyEntries", ["limit": "\(limit)"])
        case .unsafeEntry(let name): Message("form.unsafeEntry", ["name": "\(name)"])
        case .imageTooLarge(let part, nil, let limit): Message("form.imageTooLarge", ["part": "\(part)", "limit": "\(FormLimits.describe(limit))"])
        case .imageTooLarge(let part, let size?, let limit):
            Message("form.imageOverLimit", ["part": "\(part)", "size": "\(FormLimits.describe(size))", "limit": "\(FormLimits.describe(limit))"])
        case .unpacksTooLarge(let limit): Message("form.unpacksTooLarge", ["limit": "\(FormLimits.describe(limit))"])
        case .corruptPart(let part): Message("form.corruptPart", ["part": "\(part)"])
        case .fieldProblems(let problems): Message("form.notImported", ["problems": .message(.list(problems.map(\.message), "form.join"))])
        case .unsafeImage(let target): Message("form.unsafeImage", ["target": "\(target)"])
        case .caseTaken(let slug, let existing): Message("form.caseTaken", ["slug": "\(slug)", "existing": "\(existing)"])
        case .regionTaken(let slug, let existing): Message("form.regionTaken", ["slug": "\(slug)", "existing": "\(existing)"])
        case .mediaOutside(let folder): Message("form.mediaOutside", ["folder": "\(folder)"])
        case .appeared(let file): Message("form.appeared", ["file": "\(file)"])
        case .writeFailed(let why): Message("form.writeFailed", ["reason": "\(why)"])
        case .needsLibreOffice: Message("form.needsLibreOffice", ["package": "\(LegacyConverter.package)"])
        case .conversionSetup(let why): Message("form.conversionSetup", ["reason": "\(why)"])
        case .other(let message): message
        case .notWordFile: Message("form.notWordFile")
        case .unreadable: Message("form.unreadable")
        case .notWordDocument: Message("form.notWordDocument")
        case .encrypted: Message("form.encrypted")
        case .oldWordNamedDocx: Message("form.oldWordNamedDocx")
        case .brokenZip: Message("form.brokenZip")
        case .openDocument: Message("form.openDocument")
        case .notWordZip: Message("form.notWordZip")
        case .corruptText: Message("form.corruptText")
        case .noFields: Message("form.noFields")
        case .conversionFailed: Message("form.conversionFailed")
        case .conversionTimedOut: Message("form.conversionTimedOut")
        case .blankExists: Message("form.blankExists")
        }
    }
}
