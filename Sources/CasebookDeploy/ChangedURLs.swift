/// The public URLs of changed and deleted objects, the list CDN refresh APIs (Aliyun, Tencent)
/// take. A folder's `index.html` is given as the folder URL readers use; fingerprinted assets are
/// left out, since a new build gives them new names.
public enum ChangedURLs {
    /// The URLs under `baseURL` (ending with `/`) of the changed and deleted paths, sorted.
    public static func list(baseURL: String, changed: [String], deleted: [String]) -> [String] {
        let urls = (changed + deleted).filter { !HeaderPolicy.isFingerprinted($0) }.map { path -> String in
            let page = path == "index.html" ? "" : path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
            return baseURL + page.split(separator: "/", omittingEmptySubsequences: false).map { URIEncoding.encode(String($0)) }.joined(separator: "/")
        }
        return Array(Set(urls)).sorted()
    }
}
