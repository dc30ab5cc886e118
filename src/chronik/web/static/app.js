// chronik dashboard: the only script. Brings the marked evidence into view on an event page and
// submits the event filter form when a select changes. Pages work without it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const mark = document.querySelector(".doc-text mark");
  if (mark && window.location.hash === "#evidence") {
    mark.scrollIntoView({ block: "center" });
  }
  for (const select of document.querySelectorAll("form.filters select")) {
    select.addEventListener("change", () => select.form.submit());
  }
});
