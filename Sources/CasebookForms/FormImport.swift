import Casebook
import CasebookContent
import CasebookSupport
import Foundation

/// `casebook import form`: each filled-in 申报书 becomes one case or region file, with its images in
/// content/media/<slug>/. Everything of a form is read and checked in memory before anything is
/// written, so a form that fails leaves nothing behind, and no existing file is ever replaced.
public struct FormImport: Sendable {
    /// Why the run could not start at all: the path and the reason as values.
    public typealias Failure = PathFailure<FailureReason>

    /// Why the run could not start.
    public enum FailureReason: PathReason {
        /// The site folder has no site.yaml.
        case noSiteConfig
        /// The forms given do not exist.
        case inputMissing

        /// What is wrong and what to do.
        public func message(path: String) -> Message {
            switch self {
            case .noSiteConfig: Message("form.noSiteConfig", ["path": "\(path)"])
            case .inputMissing: Message("form.inputMissing", ["path": "\(path)"])
            }
        }
    }

    /// The extensions taken from folders.
    public static let extensions: Set<String> = LegacyConverter.extensions.union(["docx"])

    let root: String
    let status: CaseStatus
    let rename: Bool
    let units: UnitTable
    let limits: FormLimits
    let converter: LegacyConverter

    /// An import into the site at `root`; cases get `status`; `rename` picks a free name instead of refusing.
    public init(
        root: String, status: CaseStatus = .recommended, rename: Bool = false, units: UnitTable = .official,
        limits: FormLimits = .standard, converter: LegacyConverter = LegacyConverter()
    ) {
        self.root = root
        self.status = status
        self.rename = rename
        self.units = units
        self.limits = limits
        self.converter = converter
    }

    /// Imports every form in `inputs` (files, or folders searched for Word files).
    public func run(_ inputs: [String]) throws -> FormImportOutcome {
        guard FileManager.default.fileExists(atPath: root + "/site.yaml") else {
            throw Failure(.noSiteConfig, path: root)
        }
        let files = try Self.forms(in: inputs)
        let converted = converter.convert(files.filter { LegacyConverter.extensions.contains(Self.fileExtension($0)) })
        var writer = FormWriter(root: root, rename: rename)
        var outcome = FormImportOutcome()
        var reportedConverter = false
        for file in files {
            do {
                let bytes: [UInt8]
                if let result = converted[file] {
                    bytes = try result.get()
                } else {
                    bytes = try Self.read(file, limit: limits.fileBytes)
                }
                let reading = try FormReader(limits: limits).read(bytes, file: file)
                let entry = try FormEntry(reading, file: file, status: status, units: units)
                let written = try writer.write(entry, reading: reading, file: file, limits: limits)
                outcome.results.append(.created(form: file, path: written.path, summary: written.summary))
            } catch let failure as FormFailure {
                // A missing LibreOffice is one message for all the files it would have converted.
                if converter.executable == nil, converted[file] != nil {
                    if !reportedConverter { outcome.results.append(.failed(failure)) }
                    reportedConverter = true
                } else {
                    outcome.results.append(.failed(failure))
                }
            } catch {
                outcome.results.append(.failed(FormFailure(.other((error as? any MessageConvertible)?.message ?? .verbatim("\(error)")), path: file)))
            }
        }
        return outcome
    }

    /// The form files named by `inputs`: files as given, folders searched (sorted, Word lock files skipped).
    static func forms(in inputs: [String]) throws -> [String] {
        var files: [String] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                throw Failure(.inputMissing, path: input)
            }
            guard isFolder.boolValue else {
                files.append(input)
                continue
            }
            let found = (FileManager.default.subpaths(atPath: input) ?? []).filter { path in
                let name = (path as NSString).lastPathComponent
                return extensions.contains(fileExtension(path)) && !name.hasPrefix("~$") && !name.hasPrefix(".")
            }
            files += found.sorted().map { (input as NSString).appendingPathComponent($0) }
        }
        return files
    }

    /// The bytes of a form that is read directly; anything that is not .docx is refused by name.
    static func read(_ file: String, limit: Int) throws -> [UInt8] {
        guard fileExtension(file) == "docx" else {
            throw FormFailure(.notWordFile, path: file)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        guard size <= limit else {
            throw FormFailure(.tooLarge(size: size, limit: limit), path: file)
        }
        guard let data = FileManager.default.contents(atPath: file) else { throw FormFailure(.unreadable, path: file) }
        return [UInt8](data)
    }

    static func fileExtension(_ path: String) -> String { (path as NSString).pathExtension.lowercased() }
}
