// Static search over search-index.json, written by the build. Runs only in the reader's browser and
// requests nothing but the index from this site. Every term must match the title, a person, an
// outlet, a tag or the text; titles and names rank before body matches. Each result shows the words
// around the first match, with the matching words marked.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var root = form.getAttribute("data-root") || "";
  var index = null;

  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019]/g, "'").toLowerCase();
  }

  function prepare(entries) {
    return entries.map(function (e) {
      return {
        entry: e,
        title: fold(e.title),
        names: fold((e.people || []).concat(e.outlets || [], e.tags || []).join(" \u0001 ")),
        text: fold(e.text)
      };
    });
  }

  function score(doc, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], s = 0;
      if (doc.title.indexOf(t) >= 0) s += 10;
      if (doc.names.indexOf(t) >= 0) s += 5;
      if (doc.text.indexOf(t) >= 0) s += 1;
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  // The words around the first match in the text (the start when the match is elsewhere), about 220 characters.
  function excerpt(text, terms) {
    var lower = text.toLowerCase(), at = -1;
    terms.forEach(function (t) { var i = lower.indexOf(t); if (i >= 0 && (at < 0 || i < at)) at = i; });
    var start = at < 80 ? 0 : text.lastIndexOf(" ", at - 60) + 1;
    var cut = text.slice(start, start + 220);
    if (start + 220 < text.length) cut = cut.replace(/\s+\S*$/, "") + "\u2026";
    return (start > 0 ? "\u2026" : "") + cut;
  }

  // Appends text to parent with each matching word in <mark>, as text nodes: nothing is parsed as HTML.
  function highlight(parent, text, terms) {
    var lower = text.toLowerCase(), i = 0;
    while (i < text.length) {
      var next = -1, length = 0;
      terms.forEach(function (t) { var j = lower.indexOf(t, i); if (j >= 0 && (next < 0 || j < next)) { next = j; length = t.length; } });
      if (next < 0) break;
      parent.appendChild(document.createTextNode(text.slice(i, next)));
      parent.appendChild(element("mark", null, text.slice(next, next + length)));
      i = next + length;
    }
    parent.appendChild(document.createTextNode(text.slice(i)));
  }

  function render(query) {
    results.textContent = "";
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length) { status.textContent = ""; return; }
    var hits = index
      .map(function (doc) { return { doc: doc, score: score(doc, terms) }; })
      .filter(function (h) { return h.score > 0; })
      .sort(function (a, b) { return b.score - a.score || (b.doc.entry.date || "").localeCompare(a.doc.entry.date || ""); });
    status.textContent = hits.length === 0 ? "No stories match \u201c" + query + "\u201d."
      : hits.length === 1 ? "1 story matches." : hits.length + " stories match.";
    hits.forEach(function (h) {
      var e = h.doc.entry;
      var li = element("li", "story-card");
      var heading = element("h2");
      var link = element("a", null, e.title);
      link.href = root + e.url;
      heading.appendChild(link);
      li.appendChild(heading);
      var meta = element("p", "meta", (e.date_display ? e.date_display + " \u00b7 " : "") + (e.outlets || []).join(", "));
      li.appendChild(meta);
      link.textContent = "";
      highlight(link, e.title, terms);
      var names = (e.people || []).concat(e.outlets || [], e.tags || []).filter(function (n) {
        var folded = fold(n);
        return terms.some(function (t) { return folded.indexOf(t) >= 0; });
      });
      // "Legend" is said once when "John Legend" is listed too.
      names = names.filter(function (n, i) {
        return !names.some(function (m, j) { return j !== i && m.length > n.length && fold(m).indexOf(fold(n)) >= 0; });
      });
      if (names.length) {
        var named = element("p", "meta search-names", "Names: ");
        names.forEach(function (n, i) { if (i) named.appendChild(document.createTextNode(", ")); highlight(named, n, terms); });
        li.appendChild(named);
      }
      if (e.text) {
        var snippet = element("p", "lede search-snippet");
        highlight(snippet, excerpt(e.text, terms), terms);
        li.appendChild(snippet);
      }
      results.appendChild(li);
    });
  }

  function run() {
    var query = input.value.trim();
    if (history.replaceState) history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
    if (index) render(query);
  }

  form.hidden = false;
  input.value = new URLSearchParams(location.search).get("q") || "";
  status.textContent = "Loading the search index\u2026";
  fetch(form.getAttribute("data-index"))
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (entries) { index = prepare(entries); status.textContent = ""; render(input.value.trim()); })
    .catch(function () { status.textContent = "The search index could not be loaded. Browse the archive instead."; });

  var timer;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
})();
