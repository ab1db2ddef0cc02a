// Keyboard shortcuts for the moderation queue, as a progressive enhancement: every action also
// works without this script, with the buttons and checkboxes of the page.
//   j / k   next / previous comment
//   a r s   approve, reject or mark as spam the current comment
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("li.item[data-id]"));
  if (items.length === 0) { return; }
  var current = -1;

  function select(index) {
    if (index < 0 || index >= items.length) { return; }
    if (current >= 0) { items[current].classList.remove("current"); }
    current = index;
    var item = items[current];
    item.classList.add("current");
    item.scrollIntoView({ block: "nearest" });
    // Move focus too, so that screen readers follow and Tab continues from here.
    var checkbox = item.querySelector("input[type=checkbox]");
    if (checkbox) { checkbox.focus({ preventScroll: true }); }
  }

  function decide(action) {
    if (current < 0) { return; }
    var button = items[current].querySelector("button[data-action=" + action + "]");
    if (button) { button.click(); }
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var target = event.target;
    var tag = target && target.tagName;
    // Typing in a field (a filter, a note) is never a shortcut.
    if (tag === "INPUT" && target.type !== "checkbox" || tag === "TEXTAREA" || tag === "SELECT") { return; }
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current < 0 ? 0 : current - 1); break;
      case "a": decide("approve"); break;
      case "r": decide("reject"); break;
      case "s": decide("spam"); break;
      default: return;
    }
    event.preventDefault();
  });
})();
