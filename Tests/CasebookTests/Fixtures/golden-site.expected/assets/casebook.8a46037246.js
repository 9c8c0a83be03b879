(function () {
if (location.protocol !== "file:") return;
var links = document.querySelectorAll("a[href]");
for (var i = 0; i < links.length; i++) {
var href = links[i].getAttribute("href");
if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(href)) continue;
var cut = href.search(/[?#]/);
var path = cut < 0 ? href : href.slice(0, cut);
var rest = cut < 0 ? "" : href.slice(cut);
if (path === "" || path.charAt(path.length - 1) === "/") {
links[i].setAttribute("href", path + "index.html" + rest);
}
}
})();
