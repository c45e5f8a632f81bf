// Bring the highlighted evidence sentence into view on the event page.
(function () {
  var mark = document.getElementById("evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
})();
