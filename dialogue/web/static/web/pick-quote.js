// Words selected in a source's text become the quote of the fact being entered: the quote field gets the
// words, the hidden start field their offset in the text in characters (code points, as the server counts,
// not the UTF-16 units of the page's strings). The server checks the words at that offset.
document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("source-text");
  if (!text) return;
  const quote = document.getElementById(text.dataset.quoteField);
  const start = document.getElementById(text.dataset.startField);
  text.addEventListener("mouseup", pick);
  text.addEventListener("keyup", pick);
  quote.addEventListener("input", () => { start.value = ""; });

  function pick() {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const words = range.toString();
    const offset = before.toString().length + words.length - words.trimStart().length;  // spaces selected before the words
    quote.value = words.trim();
    start.value = [...text.textContent.slice(0, offset)].length;
  }
});
