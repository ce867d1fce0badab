// A text box with data-max-length says, beside itself, when a paste is over the limit, and holds the form back,
// instead of the browser cutting the paste in silence (maxlength) or the server refusing the whole request.
(function () {
  "use strict";
  const BYTES = 1024 * 1024; // what one request may carry
  function problem(box) {
    const limit = Number(box.dataset.maxLength);
    if (box.value.length > limit) {
      return "The text is " + box.value.length.toLocaleString("en") + " characters long; a report may hold at most " +
        limit.toLocaleString("en") + " characters. Send it in two parts.";
    }
    if (new Blob([box.value]).size > BYTES) {
      return "The text is over 1 MB; send it in two parts.";
    }
    return "";
  }
  function show(box) {
    let note = document.getElementById(box.id + "-length");
    if (!note) {
      note = document.createElement("p");
      note.id = box.id + "-length";
      note.className = "notice error";
      note.setAttribute("role", "alert");
      box.insertAdjacentElement("afterend", note);
    }
    note.textContent = problem(box);
    note.hidden = !note.textContent;
    return !note.hidden;
  }
  document.querySelectorAll("textarea[data-max-length]").forEach(function (box) {
    box.addEventListener("input", function () { show(box); });
    box.form.addEventListener("submit", function (event) {
      if (show(box)) {
        event.preventDefault();
        box.focus();
      }
    });
  });
})();
