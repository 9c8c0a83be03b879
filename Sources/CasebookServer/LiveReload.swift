import CasebookSupport
import NIOCore

/// The small script that the preview adds to every HTML page as it sends it (never to files
/// that `casebook build` writes). It listens on `/__casebook/events` (or polls
/// `/__casebook/version`), naming its own address, and reloads the page only when the server
/// says that this page changed; it lets go of its stream while the tab is hidden, and shows the
/// diagnostics of a failed rebuild as an overlay, built with DOM text nodes because diagnostics
/// quote the user's content. The overlay's own words come from the catalogue in the preview's
/// language, as escaped `data-` attributes of the script tag, never as script source.
enum LiveReload {
    /// The address of the server-sent events stream.
    static let eventsPath = "/__casebook/events"
    /// The address of the same status as one JSON document.
    static let versionPath = "/__casebook/version"
    /// The query parameter naming the open page's address (`location.pathname`).
    static let pageParameter = "page"
    /// The id of the overlay element, for tests and for readers who style it.
    static let overlayID = "casebook-build-errors"

    /// `html` with the script for a page at version `page`, speaking `language`, inserted before
    /// its last `</body`, or appended when it has none: one copy of the page per request.
    static func inject(into html: [UInt8], page: String, language: Language) -> ByteBuffer {
        let tag = script(page: page, language: language)
        var buffer = ByteBuffer()
        buffer.reserveCapacity(html.count + tag.utf8.count)
        let at = lastBodyClose(in: html) ?? html.count
        html.withUnsafeBufferPointer { bytes in
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[..<at]))
            buffer.writeString(tag)
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[at...]))
        }
        return buffer
    }

    /// The index of the last `</body` in `html`, compared without regard to ASCII case.
    static func lastBodyClose(in html: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard html.count >= needle.count else { return nil }
        var index = html.count - needle.count
        while index >= 0 {
            var matches = true
            for offset in 0..<needle.count where html[index + offset] | 0x20 != needle[offset] | 0x20 {
                matches = false
                break
            }
            if matches { return index }
            index -= 1
        }
        return nil
    }

    /// `text` escaped for HTML text and attribute values.
    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        HTMLEscape.append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The overlay's words in `language`, as the `data-` attributes the script reads.
    static func attributes(_ language: Language) -> String {
        [("failed", "serve.overlay.label"), ("heading", "serve.overlay.heading"), ("close", "serve.overlay.close")]
            .map { name, key in " data-\(name)=\"\(escaped(Message(key).text(in: language)))\"" }
            .joined()
    }

    /// The script tag for a page whose `ServedSite.pageVersion` is `page`, its overlay in `language`.
    /// The version is made of letters, digits and dots only, so it is safe inside a JavaScript string.
    static func script(page: String, language: Language) -> String {
        """
        <script data-casebook-preview\(attributes(language))>
        (function () {
          "use strict";
          var page = "\(page)", overlay = null, words = document.currentScript.dataset;
          var query = "?\(pageParameter)=" + encodeURIComponent(location.pathname);
          function hide() { if (overlay) { overlay.remove(); overlay = null; } }
          function element(name, text, css) {
            var node = document.createElement(name);
            if (text) { node.appendChild(document.createTextNode(text)); }
            if (css) { node.style.cssText = css; }
            return node;
          }
          function show(status) {
            if (status.ok) { if (status.page !== page) { location.reload(); } else { hide(); } return; }
            hide();
            overlay = element("section", "", "position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;" +
              "background:#fff;color:#1a1a1a;border-top:4px solid #b00020;box-shadow:0 -4px 16px rgba(0,0,0,.3);" +
              "padding:12px 16px;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;text-align:left");
            overlay.id = "\(overlayID)";
            overlay.setAttribute("role", "alert");
            overlay.setAttribute("aria-label", words.failed);
            var close = element("button", "×", "float:right;font-size:20px;line-height:1;border:0;background:none;cursor:pointer;color:inherit");
            close.type = "button";
            close.setAttribute("aria-label", words.close);
            close.addEventListener("click", hide);
            overlay.appendChild(close);
            overlay.appendChild(element("strong", words.heading, "display:block;color:#b00020;margin-bottom:8px"));
            var list = element("ol", "", "margin:0;padding-left:24px");
            status.problems.forEach(function (problem) {
              var item = element("li", "", "margin:4px 0");
              item.appendChild(element("code", problem.location, "font-weight:bold"));
              item.appendChild(document.createTextNode(": " + problem.text));
              list.appendChild(item);
            });
            overlay.appendChild(list);
            document.body.appendChild(overlay);
          }
          function poll() {
            fetch("\(versionPath)" + query, { cache: "no-store" })
              .then(function (response) { return response.json(); })
              .then(show, function () {})
              .then(function () { setTimeout(poll, 1000); });
          }
          if (!window.EventSource) { poll(); return; }
          // A hidden tab lets go of its stream: browsers allow six connections per host, and
          // every open stream holds one. Coming back, the first event tells whether to reload.
          var source = null;
          function connect() {
            if (source || document.hidden) { return; }
            source = new EventSource("\(eventsPath)" + query);
            source.addEventListener("status", function (event) { show(JSON.parse(event.data)); });
          }
          document.addEventListener("visibilitychange", function () {
            if (document.hidden && source) { source.close(); source = null; } else { connect(); }
          });
          connect();
        })();
        </script>

        """
    }
}
