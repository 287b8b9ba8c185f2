// Source and conflict markers in a story open a small note beside the marker, naming the outlet
// and its article, instead of jumping down the page (thousands of pixels on a phone). The note
// closes with its button, Escape, or a tap elsewhere, and focus goes back to the marker. Without
// JavaScript a marker still jumps to its source, which offers a link back to the story.
(function () {
  "use strict";
  var article = document.querySelector("article.digest");
  if (!article) return;
  var note = null, opener = null;

  function close() {
    if (!note) return;
    note.remove();
    note = null;
    if (opener) opener.focus();
    opener = null;
  }

  function open(marker, target) {
    close();
    opener = marker;
    note = document.createElement("div");
    note.className = "marker-note";
    note.setAttribute("role", "dialog");
    note.setAttribute("aria-label", marker.getAttribute("aria-label") || marker.textContent);
    note.tabIndex = -1;
    var body = target.cloneNode(true);
    body.removeAttribute("id");
    body.querySelectorAll("[id]").forEach(function (e) { e.removeAttribute("id"); });
    body.querySelectorAll(".back").forEach(function (e) { e.remove(); });
    var content = document.createElement("div");
    content.className = "marker-note-body";
    while (body.firstChild) content.appendChild(body.firstChild);
    note.appendChild(content);
    var more = document.createElement("a");
    more.href = marker.getAttribute("href");
    more.className = "marker-note-more";
    more.textContent = target.closest(".facts-conflicts") ? "See every outlet's account" : "See all sources";
    more.addEventListener("click", function () { note.remove(); note = null; opener = null; });
    var button = document.createElement("button");
    button.type = "button";
    button.className = "marker-note-close";
    button.textContent = "Close";
    button.addEventListener("click", close);
    var actions = document.createElement("p");
    actions.className = "marker-note-actions";
    actions.appendChild(more);
    actions.appendChild(button);
    note.appendChild(actions);
    document.body.appendChild(note);
    var box = marker.getBoundingClientRect();
    var width = Math.min(360, document.documentElement.clientWidth - 16);
    note.style.width = width + "px";
    note.style.left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8)) + "px";
    note.style.top = (box.bottom + window.scrollY + 6) + "px";
    note.focus({ preventScroll: true });
  }

  article.addEventListener("click", function (event) {
    var marker = event.target.closest(".body a.marker, .body a.conflict-marker, .facts-people a.marker, .facts-people a.conflict-marker, .facts-timeline a.marker, .facts-timeline a.conflict-marker, .quote a.marker, .facts-unresolved a.marker");
    if (!marker) return;
    var target = document.getElementById(marker.getAttribute("href").slice(1));
    if (!target) return;
    event.preventDefault();
    open(marker, target);
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") close(); });
  document.addEventListener("click", function (event) {
    if (note && !note.contains(event.target) && !event.target.closest("a.marker, a.conflict-marker")) close();
  });
})();
