import CasebookSupport
import Hummingbird
import ServiceLifecycle

/// Answers every request of the preview: the site under its base path, from memory; the reload
/// events under `/__casebook/`; redirects for folder addresses without their slash; the site's
/// own 404.html with status 404; 400 for any path that tries to leave the site.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    let basePath: BasePath
    /// The language of the plain-text replies (400, 404 without a 404 page, 405).
    let language: Language

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "serve.http.methodNotAllowed", extra: [.allow: "GET, HEAD"])
        }
        let response = await answer(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func answer(_ request: Request) async -> Response {
        let raw = request.uri.path
        let page = request.uri.queryParameters[LiveReload.pageParameter[...]].map(String.init)
        switch raw {
        case LiveReload.eventsPath: return events(page: page)
        case LiveReload.versionPath: return Self.json(await state.status(for: page).json)
        default: break
        }
        let site = await state.site
        let lookup = PageLookup(raw, query: Self.query(request), basePath: basePath, site: site)
        switch lookup {
        case .badRequest:
            return plain(.badRequest, "serve.http.badRequest")
        case .redirect(let location, let status):
            return Self.redirect(to: location, status: status)
        case .file(let path):
            guard let (body, contentType) = site.body(of: path, page: site.pageVersion(lookup)) else { return notFound(site) }
            return Self.file(body, contentType: contentType)
        case .notFound:
            return notFound(site)
        }
    }

    /// The server-sent events stream of the page at request path `page`: the current status at
    /// once, then every new one, until the page goes away or the server shuts down. The page
    /// starts listening only when the body is written, so a HEAD request leaves no listener behind.
    private func events(page: String?) -> Response {
        var headers = Self.common
        headers[.contentType] = "text/event-stream; charset=utf-8"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { [state] writer in
                let stream = await state.listen(path: page)
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                for await event in stream.cancelOnGracefulShutdown() {
                    switch event {
                    case .status(let status): try await writer.write(ByteBuffer(string: "event: status\ndata: \(status.json)\n\n"))
                    case .ping: try await writer.write(ByteBuffer(string: ": ping\n\n"))
                    }
                }
                try await writer.finish(nil)
            })
    }

    private func notFound(_ site: ServedSite) -> Response {
        guard let (body, contentType) = site.body(of: "404.html", page: site.pageVersion(.notFound)) else {
            return plain(.notFound, "serve.http.notFound")
        }
        return Self.file(body, contentType: contentType, status: .notFound)
    }

    /// Headers on every response: the preview must never be cached, and types are never guessed.
    private static let common: HTTPFields = [.cacheControl: "no-store", .xContentTypeOptions: "nosniff"]

    private static func file(_ body: ByteBuffer, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = common
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// A one-line plain-text reply: the catalogue's `key` in the preview's language.
    private func plain(_ status: HTTPResponse.Status, _ key: String, extra: HTTPFields = [:]) -> Response {
        var headers = Self.common
        headers[.contentType] = "text/plain; charset=utf-8"
        headers.append(contentsOf: extra)
        let text = Message(key).text(in: language) + "\n"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private static func json(_ text: String) -> Response {
        var headers = common
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A redirect to a path inside this server. `location` is made of a checked request path
    /// and query, or of the base path, so it holds no character that could split a header.
    private static func redirect(to location: String, status: HTTPResponse.Status) -> Response {
        var headers = common
        headers[.location] = location
        return Response(status: status, headers: headers)
    }

    /// `?query` of the request, or nothing.
    private static func query(_ request: Request) -> String {
        request.uri.query.map { "?" + $0 } ?? ""
    }
}
