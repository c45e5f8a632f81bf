// Keep the article list's status column current while parses run, without a reload.
(function () {
  "use strict";
  var table = document.getElementById("articles");
  if (!table) return;
  var url = table.dataset.statusUrl;

  function unfinished() {
    return Array.prototype.filter.call(table.querySelectorAll("tr[data-article]"), function (row) {
      return row.dataset.status === "queued" || row.dataset.status === "processing";
    });
  }

  function poll() {
    var rows = unfinished();
    if (!rows.length) return;
    var ids = rows.map(function (row) { return row.dataset.article; }).join(",");
    fetch(url + "?ids=" + ids, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        rows.forEach(function (row) {
          var info = data.articles[row.dataset.article];
          if (!info) return;
          row.dataset.status = info.status;
          var badge = row.querySelector(".status");
          badge.className = "status status-" + info.status;
          badge.textContent = info.label;
          row.querySelector(".error").textContent = info.error || "";
        });
      })
      .catch(function () { /* try again on the next tick */ })
      .then(function () { if (unfinished().length) setTimeout(poll, 1500); });
  }
  setTimeout(poll, 1000);
})();
