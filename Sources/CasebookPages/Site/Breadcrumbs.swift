import CasebookContent

/// The trail above a case or unit page — 首页 › 典型案例 › 2023 › 标题 — as links for the page and
/// as a schema.org BreadcrumbList. The list needs absolute addresses, so it is written only when
/// `base_url` is known; its last step, the page itself, names no address, as schema.org allows.
package struct Breadcrumbs {
    /// One step: its label and the route it links to; the last step is the page itself.
    package struct Step {
        package let label: String
        package let route: String

        /// A step labelled `label` that links to `route`.
        package init(label: String, route: String) {
            self.label = label
            self.route = route
        }
    }

    package let steps: [Step]

    /// A trail of these steps, the page itself last.
    package init(steps: [Step]) { self.steps = steps }

    /// The trail's links for the template, and its JSON-LD when the site's address is known.
    /// `route` is the page's own route, for relative links.
    package func model(route: String, routes: Routes, baseURL: String?) -> BreadcrumbTrail {
        let root = Routes.root(for: route)
        let trail = steps.enumerated().map { index, step in
            let isHome = step.route.isEmpty && !routes.portable
            let href = isHome ? (root.isEmpty ? "./" : root) : root + routes.href(step.route)
            return Crumb(label: step.label, href: href, current: index == steps.count - 1)
        }
        var json: String?
        if let baseURL {
            let items: [JSONValue] = steps.enumerated().map { index, step in
                var item: [String: JSONValue] = [
                    "@type": .string("ListItem"), "position": .int(index + 1), "name": .string(step.label),
                ]
                if index < steps.count - 1 { item["item"] = .string(baseURL + step.route) }
                return .object(item)
            }
            let list: JSONValue = .object([
                "@context": .string("https://schema.org"), "@type": .string("BreadcrumbList"), "itemListElement": .array(items),
            ])
            json = list.serialized(pretty: false, htmlSafe: true)
        }
        return BreadcrumbTrail(breadcrumbs: trail, breadcrumbJSON: json)
    }
}
