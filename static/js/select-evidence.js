// A hand-made event's evidence: the text the analyst selects in the article, as character offsets.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var form = document.getElementById("add-event");
  if (!text || !form) return;
  var button = form.querySelector("button");
  // A long article shows one part at a time: offsets count from the start of the whole text.
  var base = Number(text.dataset.offset || 0);

  function offsetOf(node, offset) {
    // Characters before (node, offset) inside the article's text element.
    var range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, offset);
    return base + range.toString().length;
  }

  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    var ok = selection.rangeCount && !selection.isCollapsed &&
      text.contains(selection.getRangeAt(0).startContainer) && text.contains(selection.getRangeAt(0).endContainer);
    button.disabled = !ok;
    if (!ok) return;
    var range = selection.getRangeAt(0);
    form.elements.start.value = offsetOf(range.startContainer, range.startOffset);
    form.elements.end.value = offsetOf(range.endContainer, range.endOffset);
    form.elements.selected.value = range.toString();
  });
})();
