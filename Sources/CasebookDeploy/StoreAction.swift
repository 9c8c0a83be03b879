import CasebookSupport

/// What a request to the store was for, named when the store refuses it.
public enum StoreAction: Sendable, Hashable {
    /// Listing the objects under the prefix.
    case list
    /// Reading one object (or its headers).
    case read(key: String)
    /// Storing one object.
    case upload(key: String)
    /// Deleting a batch of objects.
    case deleteObjects

    /// `list`, `read a.html`, `upload a.html`, `delete objects`.
    public var message: Message {
        switch self {
        case .list: Message("deploy.action.list")
        case .read(let key): Message("deploy.action.read", ["key": "\(key)"])
        case .upload(let key): Message("deploy.action.upload", ["key": "\(key)"])
        case .deleteObjects: Message("deploy.action.deleteObjects")
        }
    }
}
