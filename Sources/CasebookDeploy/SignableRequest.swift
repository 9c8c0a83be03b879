/// An HTTP request as SigV4 sees it: method, path, query and headers, before and after signing.
public struct SignableRequest: Sendable {
    /// The HTTP method, upper-case (`GET`, `PUT`, `HEAD`, `POST`, `DELETE`).
    public var method: String
    /// The path, not yet encoded (`/bucket/cases/a b/index.html`).
    public var path: String
    /// Query parameters, not yet encoded; order does not matter.
    public var query: [(name: String, value: String)]
    /// Header names and values as they will be sent; `Host` among them.
    public var headers: [(name: String, value: String)]

    /// A request with the given parts.
    public init(method: String, path: String, query: [(name: String, value: String)] = [], headers: [(name: String, value: String)] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
    }

    /// The path as sent and signed: each byte but unreserved ones and `/` percent-encoded once.
    public var encodedPath: String { path.isEmpty ? "/" : URIEncoding.encode(path, keepingSlash: true) }

    /// The query as sent and signed.
    public var encodedQuery: String { URIEncoding.query(query) }

    /// The value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
