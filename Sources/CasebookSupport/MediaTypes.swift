/// The Content-Type of each kind of file a site holds (preview server and deploy). Text types say `charset=utf-8`, since
/// Casebook writes UTF-8 and Chinese pages must never be guessed as another encoding.
public enum MediaTypes {
    private static let text: [String: String] = [
        "html": "text/html", "htm": "text/html", "css": "text/css", "js": "text/javascript", "mjs": "text/javascript",
        "svg": "image/svg+xml", "xml": "application/xml", "json": "application/json", "txt": "text/plain",
        "csv": "text/csv", "md": "text/markdown", "webmanifest": "application/manifest+json", "map": "application/json",
    ]
    private static let binary: [String: String] = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "avif": "image/avif", "ico": "image/x-icon", "pdf": "application/pdf", "woff": "font/woff", "woff2": "font/woff2",
        "zip": "application/zip", "mp4": "video/mp4", "webm": "video/webm", "mp3": "audio/mpeg",
        "doc": "application/msword", "xls": "application/vnd.ms-excel",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ]

    /// The Content-Type for a path, by its extension; `application/octet-stream` when unknown.
    public static func contentType(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        let ext = name[name.index(after: dot)...].lowercased()
        if let type = text[ext] { return type + "; charset=utf-8" }
        return binary[ext] ?? "application/octet-stream"
    }

    /// Whether a path is an HTML page, into which the preview injects its reload script.
    public static func isHTML(_ path: String) -> Bool {
        path.hasSuffix(".html") || path.hasSuffix(".htm")
    }
}
