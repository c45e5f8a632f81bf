// One-click and keyboard review on event rows: c confirm, x reject, e edit, j/k next/previous row.
// Without this script the buttons still work as plain form posts.
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-event]"));
  if (!rows.length) return;

  function send(form, action) {
    var data = new FormData(form);
    data.set("action", action);
    // form.action would be the buttons named "action": read the attribute.
    return fetch(form.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin",
                                headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (result) {
        var state = form.querySelector("[data-review-state]");
        state.textContent = result.label;
        state.className = "review review-" + result.review;
        form.closest("tr").dataset.review = result.review;
      });
  }

  rows.forEach(function (row, i) {
    var form = row.querySelector("form.review-buttons");
    if (!form) return;
    form.addEventListener("click", function (e) {
      var button = e.target.closest("button[name=action]");
      if (!button) return;
      e.preventDefault();
      send(form, button.value).catch(function () { form.requestSubmit(button); });
    });
    row.addEventListener("keydown", function (e) {
      if (e.target !== row || e.ctrlKey || e.metaKey || e.altKey) return;
      var next = { j: rows[i + 1], k: rows[i - 1] }[e.key];
      if (next) { next.focus(); e.preventDefault(); return; }
      if (e.key === "c" || e.key === "x") {
        e.preventDefault();
        send(form, e.key === "c" ? "confirm" : "reject").then(function () { if (rows[i + 1]) rows[i + 1].focus(); });
      } else if (e.key === "e") {
        var edit = form.querySelector("a[href]");
        if (edit) window.location.href = edit.href;
      }
    });
  });
})();
