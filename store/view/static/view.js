// eventwire serve: a little progressive script. Every page works without
// it; with it, pointing at an event's row outlines its trigger and
// arguments in the text, and clicking a highlight shows its mention in the
// side panel. Served from /static (the Content-Security-Policy allows no
// inline script).
"use strict";
document.documentElement.classList.add("js");

function clearMarks() {
  document.querySelectorAll(".hl").forEach(function (e) { e.classList.remove("hl"); });
}

document.querySelectorAll("tr[data-event]").forEach(function (row) {
  function show() {
    clearMarks();
    var ev = row.getAttribute("data-event");
    var args = (row.getAttribute("data-args") || "").split(" ");
    document.querySelectorAll("mark[data-ev]").forEach(function (m) {
      var inEvent = m.getAttribute("data-ev").split(" ").indexOf(ev) >= 0;
      var isArg = m.hasAttribute("data-m") && args.indexOf(m.getAttribute("data-m")) >= 0;
      if (inEvent && (isArg || m.classList.contains("trig"))) { m.classList.add("hl"); }
    });
    row.classList.add("hl");
  }
  row.addEventListener("mouseenter", show);
  row.addEventListener("focusin", show);
  row.addEventListener("mouseleave", clearMarks);
});

document.querySelectorAll("mark[data-m]").forEach(function (m) {
  m.addEventListener("click", function (e) {
    e.stopPropagation();
    var row = document.getElementById("m-" + m.getAttribute("data-m"));
    if (row) {
      history.replaceState(null, "", "#m-" + m.getAttribute("data-m"));
      row.scrollIntoView({ block: "nearest" });
      row.classList.add("hl");
      setTimeout(function () { row.classList.remove("hl"); }, 1500);
    }
  });
});
