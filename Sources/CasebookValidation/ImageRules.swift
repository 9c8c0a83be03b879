import CasebookContent
import CasebookSupport
import Foundation

/// Images worth publishing: one larger than `images.max_kb` (1 MB by default) makes every page that
/// shows it slow, so it is reported with its size.
enum ImageRules {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        let limit = content.config.maxImageBytes
        return content.media.compactMap { path in
            guard ImageHeader.extensions.contains(Paths.fileExtension(of: path)),
                let size = ((try? FileManager.default.attributesOfItem(atPath: content.root + "/" + path))?[.size] as? NSNumber)?.intValue,
                size > limit
            else { return nil }
            return Diagnostic(
                .warning, "CB0156", Message("image.tooLarge", ["path": "\(path)", "size": "\(megabytes(size))", "limit": "\(megabytes(limit))"]), file: path,
                hint: Message("image.tooLarge.hint"))
        }
    }

    /// `5.2 MB`, `800 KB`.
    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : "\(bytes / 1024) KB"
    }
}
