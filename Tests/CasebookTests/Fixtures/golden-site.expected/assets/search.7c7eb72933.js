(function () {
"use strict";
var store = { main: null, shards: {}, docs: {}, delta: {}, deltaDocs: {} };
window.casebookSearch = {
main: function (data) { store.main = data; },
t: function (id, data) { store.shards[id] = data; },
d: function (chunk, records) {
records.forEach(function (record, i) { store.docs[chunk * store.main.r + i] = record; });
},
x: function (id, data) { store.delta[id] = data; },
y: function (ids, records) {
ids.forEach(function (id, i) { store.deltaDocs[id] = records[i]; });
}
};
var loading = {};
function load(url) {
if (!loading[url]) {
loading[url] = new Promise(function (resolve, reject) {
var script = document.createElement("script");
script.src = url;
script.onload = function () { resolve(); };
script.onerror = function () { delete loading[url]; reject(new Error("cannot load " + url)); };
document.head.appendChild(script);
});
}
return loading[url];
}
var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var DIGIT = new Uint8Array(128);
for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS.charCodeAt(d)] = d;
function varints(text, from, each) {
var i = from, n = text.length;
while (i < n) {
var value = 0, scale = 1, digit;
do {
digit = DIGIT[text.charCodeAt(i++)];
value += (digit & 31) * scale;
scale *= 32;
} while (digit & 32);
each(value);
}
}
function column(text, count) {
var out = new Uint16Array(count), at = 0;
if (text.charAt(0) === "r") {
var value = -1;
varints(text, 2, function (v) {
if (value < 0) { value = v; return; }
out.fill(value, at, at + v);
at += v;
value = -1;
});
return out;
}
var colon = text.indexOf(":"), bits = +text.slice(1, colon), mask = (1 << bits) - 1;
var buffer = 0, filled = 0;
for (var i = colon + 1; i < text.length && at < count; i++) {
buffer |= DIGIT[text.charCodeAt(i)] << filled;
filled += 6;
while (filled >= bits && at < count) {
out[at++] = buffer & mask;
buffer >>>= bits;
filled -= bits;
}
}
return out;
}
var WORD = /[\p{L}\p{N}]/u;
var MAX_WORD = 32;
function isCJK(c) {
return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF) ||
(c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}
function tokenize(text) {
var terms = [], seen = {}, run = [], word = [];
function add(key, prefix) {
if (seen[key]) return;
seen[key] = true;
terms.push({ key: key, prefix: prefix });
}
function endRun() {
if (run.length === 1) add(run[0], false);
for (var i = 1; i < run.length; i++) add(run[i - 1] + run[i], false);
run = [];
}
function endWord() {
if (word.length) add(word.slice(0, MAX_WORD).join(""), word.length > 1);
word = [];
}
for (var ch of text.normalize("NFKC").toLowerCase()) {
if (isCJK(ch.codePointAt(0))) { endWord(); run.push(ch); }
else if (WORD.test(ch)) { endRun(); word.push(ch); }
else { endRun(); endWord(); }
}
endRun();
endWord();
return terms;
}
function shardHash(token) {
var hash = 0x811c9dc5, count = 0;
var cjk = isCJK(token.codePointAt(0));
for (var ch of token) {
if (!cjk && count === 2) break;
hash = Math.imul(hash ^ ch.codePointAt(0), 16777619) >>> 0;
count++;
}
return hash;
}
var K1 = 1.2, LEVELS = 16, PREFIX_FACTOR = 0.8, MAX_TERMS = 24;
function Index(root, mainURL) {
this.root = root;
this.folder = mainURL.replace(/main\.js$/, "");
var self = this;
this.ready = load(root + mainURL).then(function () {
var main = store.main;
self.main = main;
self.base = self.folder + main.b + "/";
self.delta = main.x || { s: [], r: "" };
self.masked = new Uint8Array(main.m);
var id = -1;
varints(main.d || "", 0, function (gap) { id += gap + 1; self.masked[id] = 1; });
self.order = [];
self.rank = new Int32Array(main.m);
var first = -1;
varints(main.o, 0, function (v) {
if (first < 0) { first = v; return; }
for (var k = 0; k < v; k++) { self.rank[first + k] = self.order.length; self.order.push(first + k); }
first = -1;
});
self.facets = {};
Object.keys(main.f).forEach(function (id) {
var facet = main.f[id];
self.facets[id] = { id: id, values: facet.o, column: column(facet.d, main.m), position: {} };
facet.o.forEach(function (value, i) { self.facets[id].position[value[0]] = i + 1; });
});
return self;
});
}
Index.prototype.url = function (path) { return this.root + path; };
Index.prototype.shardURL = function (key) { return this.url(this.base + "t/" + shardHash(key) % this.main.s + ".js"); };
Index.prototype.deltaURL = function (key) {
var names = this.delta.s;
return names.length ? this.url(this.folder + "x/" + names[shardHash(key) % names.length] + ".js") : null;
};
Index.prototype.inDelta = function (id) { return id >= this.main.k || this.masked[id] === 1; };
Index.prototype.postings = function (term) {
var masked = this.masked, found = new Map(), names = this.delta.s, hash = shardHash(term.key);
function take(text, factor, base) {
var doc = -1;
varints(text, 0, function (v) {
doc += Math.floor(v / 16) + 1;
if (base && masked[doc]) return;
var weight = ((v & 15) + 1) * factor;
if (!(found.get(doc) >= weight)) found.set(doc, weight);
});
}
function scan(shard, base) {
if (Object.prototype.hasOwnProperty.call(shard, term.key)) take(shard[term.key], 1, base);
if (!term.prefix) return;
for (var key in shard) {
if (key.length > term.key.length && key.lastIndexOf(term.key, 0) === 0) take(shard[key], PREFIX_FACTOR, base);
}
}
scan(store.shards[hash % this.main.s] || {}, true);
if (names.length) scan(store.delta[hash % names.length] || {}, false);
return found;
};
Index.prototype.search = function (query) {
var self = this, terms = tokenize(query).slice(0, MAX_TERMS);
if (!terms.length) return Promise.resolve([]);
var urls = {};
terms.forEach(function (term) {
urls[self.shardURL(term.key)] = true;
var delta = self.deltaURL(term.key);
if (delta) urls[delta] = true;
});
return Promise.all(Object.keys(urls).map(load)).then(function () {
var n = self.main.n, hits = new Uint8Array(self.main.m), scores = new Float64Array(self.main.m);
terms.forEach(function (term) {
var found = self.postings(term);
var idf = Math.log(1 + (n - found.size + 0.5) / (found.size + 0.5));
found.forEach(function (weight, doc) {
hits[doc]++;
scores[doc] += idf * weight / LEVELS * (K1 + 1);
});
});
var rank = self.rank, docs = self.order.filter(function (doc) { return hits[doc] === terms.length; });
docs.sort(function (a, b) { return scores[b] - scores[a] || rank[a] - rank[b]; });
return docs;
});
};
Index.prototype.doc = function (id) {
if (this.inDelta(id)) {
return load(this.url(this.folder + "x/" + this.delta.r + ".js")).then(function () { return store.deltaDocs[id]; });
}
return load(this.url(this.base + "d/" + Math.floor(id / this.main.r) + ".js")).then(function () { return store.docs[id]; });
};
Index.prototype.matches = function (doc, filters, except) {
for (var id in filters) {
if (id !== except && this.facets[id].column[doc] !== filters[id]) return false;
}
return true;
};
Index.prototype.positions = function (selected) {
var filters = {};
for (var id in selected) {
var facet = this.facets[id], position = facet && facet.position[selected[id]];
if (position) filters[id] = position;
}
return filters;
};
Index.prototype.counts = function (docs, filters, ids) {
var self = this, counts = {};
ids.forEach(function (id) {
var facet = self.facets[id], tally = new Array(facet.values.length + 1).fill(0);
docs.forEach(function (doc) { if (self.matches(doc, filters, id)) tally[facet.column[doc]]++; });
counts[id] = tally;
});
return counts;
};
function message(template, values) {
return template.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
}
function href(root, route, portable) {
var path = root + route;
if ((portable || location.protocol === "file:") && (path === "" || path.slice(-1) === "/")) path += "index.html";
return path || "./";
}
function parseTemplate(text) {
var root = [], stack = [root], tag = /\{\{(\{?)\s*([#^\/!&]?)\s*([^}]*?)\s*\}?\}\}/g, at = 0, match;
while ((match = tag.exec(text))) {
var nodes = stack[stack.length - 1];
if (match.index > at) nodes.push(text.slice(at, match.index));
at = tag.lastIndex;
var kind = match[2], name = match[3];
if (kind === "#" || kind === "^") {
var section = { name: name, inverted: kind === "^", nodes: [] };
nodes.push(section);
stack.push(section.nodes);
} else if (kind === "/") {
if (stack.length > 1) stack.pop();
} else if (kind !== "!") {
nodes.push({ name: name, raw: match[1] === "{" || kind === "&" });
}
}
if (at < text.length) stack[stack.length - 1].push(text.slice(at));
return root;
}
function lookup(contexts, name) {
if (name === ".") return contexts[contexts.length - 1];
var parts = name.split("."), value;
for (var i = contexts.length - 1; i >= 0; i--) {
var context = contexts[i];
if (context !== null && typeof context === "object" && parts[0] in context) { value = context[parts[0]]; break; }
}
for (var k = 1; k < parts.length && value != null; k++) value = value[parts[k]];
return value;
}
function escapeHTML(text) {
return String(text).replace(/[&<>"']/g, function (c) {
return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
});
}
function renderTemplate(nodes, contexts) {
return nodes.map(function (node) {
if (typeof node === "string") return node;
var value = lookup(contexts, node.name);
var truthy = value != null && value !== false && value !== "" && !(Array.isArray(value) && !value.length);
if (!node.nodes) return value == null || typeof value === "object" ? "" : node.raw ? String(value) : escapeHTML(value);
if (node.inverted) return truthy ? "" : renderTemplate(node.nodes, contexts);
if (!truthy) return "";
var items = Array.isArray(value) ? value : [value];
return items.map(function (item) {
return renderTemplate(node.nodes, item === true ? contexts : contexts.concat([item]));
}).join("");
}).join("");
}
function element(tag, className, text) {
var node = document.createElement(tag);
if (className) node.className = className;
if (text != null) node.textContent = text;
return node;
}
function needles(query) {
return query ? tokenize(query).map(function (term) { return term.key; }) : [];
}
function covered(chars, marks) {
var folded = "", origin = [], marked = new Uint8Array(chars.length);
chars.forEach(function (ch, i) {
var f = ch.normalize("NFKC").toLowerCase();
folded += f;
for (var k = 0; k < f.length; k++) origin.push(i);
});
marks.forEach(function (needle) {
for (var at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
for (var k = at; k < at + needle.length; k++) marked[origin[k]] = 1;
}
});
return marked;
}
function excerpt(text, marks, limit) {
var chars = Array.from(text);
if (chars.length <= limit) return text;
var first = covered(chars, marks).indexOf(1);
var start = first > limit / 3 ? Math.min(first - Math.floor(limit / 4), chars.length - limit) : 0;
return (start > 0 ? "…" : "") + chars.slice(start, start + limit).join("") + (start + limit < chars.length ? "…" : "");
}
function highlight(node, marks) {
var walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT), texts = [];
while (walker.nextNode()) texts.push(walker.currentNode);
texts.forEach(function (text) {
var chars = Array.from(text.data), marked = covered(chars, marks);
if (marked.indexOf(1) < 0) return;
var fragment = document.createDocumentFragment();
for (var i = 0; i < chars.length;) {
var j = i;
while (j < chars.length && marked[j] === marked[i]) j++;
var piece = chars.slice(i, j).join("");
fragment.appendChild(marked[i] ? element("mark", null, piece) : document.createTextNode(piece));
i = j;
}
text.parentNode.replaceChild(fragment, text);
});
}
function cardMaker(data, index) {
var template = parseTemplate(data.cardTemplate || ""), facets = (data.cardFacets || "").split(" ").filter(Boolean);
var portable = data.portable === "true";
return function (doc, record, extra) {
var context = {
root: "", href: href(data.root, record.h, portable), title: record.t, enterprise: record.e || "",
summary: record.s, publicity: !!record.p, t: { publicity_mark: data.msgPublicity }
};
facets.forEach(function (id) {
var facet = index.facets[id], value = facet && facet.values[facet.column[doc] - 1];
if (!value) return;
context[id] = value[1];
context[id + "Href"] = href(data.root, value[2], portable);
});
for (var name in extra) context[name] = extra[name];
var holder = document.createElement("template");
holder.innerHTML = renderTemplate(template, [context]);
return holder.content.firstElementChild || holder.content;
};
}
function itemLinks(list) {
return Array.from(list.children, function (item) { return item.querySelector("a[href]"); }).filter(Boolean);
}
function readFilters(params, ids) {
var selected = {};
ids.forEach(function (id) { if (params.get(id)) selected[id] = params.get(id); });
return selected;
}
function writeURL(params) {
var query = params.toString();
try {
history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
} catch (error) {
}
}
function fillSelect(select, facet, tally, chosen, template) {
var all = select.options[0];
select.textContent = "";
select.appendChild(all);
facet.values.forEach(function (value, i) {
var count = tally[i + 1], option = element("option", null, message(template, { label: value[1], n: count }));
option.value = value[0];
option.disabled = count === 0 && chosen !== value[0];
select.appendChild(option);
});
select.value = chosen || "";
}
function selectedValues(selects) {
var selected = {};
selects.forEach(function (select) { if (select.value) selected[select.name] = select.value; });
return selected;
}
var PAGE_SIZE = 10, SNIPPET = 120;
function searchPage(app) {
var form = document.getElementById("search-form");
var input = document.getElementById("search-q");
var status = document.getElementById("search-status");
var list = document.getElementById("search-results");
var more = document.getElementById("search-more");
var fieldset = document.getElementById("search-facets");
var selects = Array.from(fieldset.querySelectorAll("select"));
var ids = selects.map(function (select) { return select.name; });
var data = app.dataset, index = new Index(data.root, data.main), card = cardMaker(data, index);
var results = [], shown = 0, marks = [], generation = 0, timer = 0;
var params = new URLSearchParams(location.search);
input.value = params.get("q") || "";
var selected = readFilters(params, ids);
function say(text) { status.textContent = text; }
function run() {
var query = input.value.trim(), current = ++generation;
selected = selectedValues(selects);
var url = new URLSearchParams();
if (query) url.set("q", query);
ids.forEach(function (id) { if (selected[id]) url.set(id, selected[id]); });
writeURL(url);
if (!query && !Object.keys(selected).length) {
list.textContent = "";
more.hidden = true;
fill(null, {});
say(data.msgPrompt);
return Promise.resolve();
}
list.setAttribute("aria-busy", "true");
say(data.msgLoading);
return index.ready.then(function () {
if (query) return index.search(query);
return index.order.slice();
}).then(function (docs) {
if (current !== generation) return;
var filters = index.positions(selected);
fill(docs, filters);
results = docs.filter(function (doc) { return index.matches(doc, filters); });
marks = needles(query);
list.textContent = "";
shown = 0;
list.removeAttribute("aria-busy");
if (!results.length) {
say(message(query ? data.msgEmpty : data.msgEmptyFilters, { q: query }));
more.hidden = true;
return;
}
say(message(results.length === 1 ? data.msgCountOne : data.msgCount, { n: results.length }));
return showMore();
}).catch(function () {
list.removeAttribute("aria-busy");
say(data.msgError);
});
}
function fill(docs, filters) {
var counts = docs ? index.counts(docs, filters, ids) : null;
selects.forEach(function (select) {
var facet = index.facets && index.facets[select.name];
if (!facet) return;
var tally = counts ? counts[select.name] : new Array(facet.values.length + 1).fill(0);
if (!counts) facet.column.forEach(function (value) { tally[value]++; });
fillSelect(select, facet, tally, selected[select.name], data.msgOption);
select.closest(".search-facet").hidden = facet.values.length < 2 && !selected[select.name];
});
}
function showMore() {
var page = results.slice(shown, shown + PAGE_SIZE), current = generation;
shown += page.length;
more.hidden = shown >= results.length;
return Promise.all(page.map(function (doc) { return index.doc(doc); })).then(function (records) {
if (current !== generation) return;
records.forEach(function (record, i) { list.appendChild(resultItem(page[i], record)); });
});
}
function resultItem(doc, record) {
var item = element("li", "search-result");
item.appendChild(card(doc, record, { snippet: excerpt(record.s, marks, SNIPPET) }));
highlight(item, marks);
return item;
}
form.addEventListener("submit", function (event) {
event.preventDefault();
clearTimeout(timer);
run();
});
input.addEventListener("input", function () {
clearTimeout(timer);
timer = setTimeout(run, 200);
});
selects.forEach(function (select) { select.addEventListener("change", run); });
more.addEventListener("click", function () {
var next = shown;
showMore().then(function () { var target = itemLinks(list)[next]; if (target) target.focus(); });
});
input.addEventListener("keydown", function (event) {
var first = itemLinks(list)[0];
if (event.key === "ArrowDown" && first) {
event.preventDefault();
first.focus();
}
});
list.addEventListener("keydown", function (event) {
var all = itemLinks(list), at = all.indexOf(document.activeElement);
if (at < 0) return;
if (event.key === "ArrowDown" && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
else if (event.key === "Escape") { event.preventDefault(); input.focus(); }
});
focusShortcut(input);
window.casebookSearch.query = function (text) { return index.ready.then(function () { return index.search(text); }); };
window.casebookSearch.record = function (id) { return index.ready.then(function () { return index.doc(id); }); };
fieldset.disabled = false;
fieldset.hidden = false;
index.ready.then(function () {
fill(null, {});
return run();
}).catch(function () { say(data.msgError); });
if (!input.value) input.focus();
}
function focusShortcut(input) {
document.addEventListener("keydown", function (event) {
var target = event.target, tag = target && target.tagName;
if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || (target && target.isContentEditable)) return;
event.preventDefault();
input.focus();
});
}
function caseFilter(form) {
var data = form.dataset;
var perPage = +data.perPage || 20;
var selects = Array.from(form.querySelectorAll("select"));
var ids = selects.map(function (select) { return select.name; });
var status = form.querySelector(".case-filter-status");
var reset = form.querySelector(".case-filter-reset");
var more = document.getElementById("case-filter-more");
var list = document.querySelector("main .card-list");
var pagination = document.querySelector("main .pagination");
var original = list ? Array.from(list.children) : [];
var index = new Index(data.root, data.main), card = cardMaker(data, index);
var matches = [], shown = 0, generation = 0;
function apply(initial) {
var selected = initial || selectedValues(selects), current = ++generation;
var url = new URLSearchParams(location.search);
ids.forEach(function (id) { if (selected[id]) url.set(id, selected[id]); else url.delete(id); });
writeURL(url);
var filters = index.positions(selected), cases = index.order.slice(0, index.main.c);
var counts = index.counts(cases, filters, ids);
selects.forEach(function (select) {
fillSelect(select, index.facets[select.name], counts[select.name], selected[select.name], data.msgOption);
});
var active = Object.keys(filters).length > 0;
reset.hidden = !active;
if (!active) {
list.replaceChildren.apply(list, original);
if (pagination) pagination.hidden = false;
more.hidden = true;
status.textContent = "";
return;
}
matches = cases.filter(function (doc) { return index.matches(doc, filters); });
if (pagination) pagination.hidden = true;
list.textContent = "";
shown = 0;
status.textContent = matches.length
? message(matches.length === 1 ? data.msgCountOne : data.msgCount, { n: matches.length })
: data.msgEmpty;
showMore(current);
}
function showMore(current) {
var page = matches.slice(shown, shown + perPage);
shown += page.length;
more.hidden = shown >= matches.length;
return Promise.all(page.map(function (doc) { return index.doc(doc); })).then(function (records) {
if (current !== generation) return;
records.forEach(function (record, i) { list.appendChild(card(page[i], record)); });
});
}
if (!list) return;
selects.forEach(function (select) { select.addEventListener("change", function () { apply(); }); });
reset.addEventListener("click", function () {
selects.forEach(function (select) { select.value = ""; });
apply();
selects[0].focus();
});
more.addEventListener("click", function () {
var next = shown;
showMore(generation).then(function () {
var target = itemLinks(list)[next];
if (target) target.focus();
});
});
index.ready.then(function () {
form.hidden = false;
apply(readFilters(new URLSearchParams(location.search), ids));
}).catch(function () { /* Without the index the static facet links below still work. */ });
}
var app = document.getElementById("search-app");
if (app) searchPage(app);
var filter = document.getElementById("case-filter");
if (filter) caseFilter(filter);
})();
