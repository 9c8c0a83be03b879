import Casebook
import CasebookSupport
import Crypto
import Foundation

/// The built output folder, read for deploying: every file with its key, size, MD5 and headers.
public struct LocalSite: Sendable {
    /// The output folder read, as given.
    public let folder: String
    /// Every file in it but hidden files and symbolic links, which are never published.
    public let files: [LocalFile]

    /// Reads `folder`; throws when it is missing or empty (the site was not built).
    public init(folder: String, prefix: String, policy: HeaderPolicy) throws {
        self.folder = folder
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
            FileManager.default.fileExists(atPath: folder + "/index.html")
        else {
            throw DeployError(.noBuiltSite, path: folder)
        }
        files = try LocalFileSystem().walk(folder).filter { !$0.isSymlink }.map { entry in
            guard let data = FileManager.default.contents(atPath: folder + "/" + entry.path) else {
                throw DeployError(.unreadableFile, path: folder + "/" + entry.path)
            }
            let md5 = SigV4Signer.hex(Insecure.MD5.hash(data: data))
            return LocalFile(path: entry.path, key: prefix + entry.path, size: data.count, md5: md5, headers: policy.headers(for: entry.path))
        }
    }

    /// The bytes to store for `file`: as built, or gzip-compressed when its headers say so.
    public func body(of file: LocalFile) throws -> Data {
        guard let data = FileManager.default.contents(atPath: folder + "/" + file.path) else {
            throw DeployError(.vanished, path: folder + "/" + file.path)
        }
        return file.headers.gzip ? Gzip.compress(data) : data
    }
}
