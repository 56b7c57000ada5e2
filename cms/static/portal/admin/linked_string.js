// The translation report links each changed string to the translation editor as
// "#string-<segment id>". wagtail-localize's editor has no anchors of its own, so once it
// has drawn its segments this finds the one named, brings it into view and marks it.
(function () {
  "use strict";
  const match = /^#string-(\d+)$/.exec(window.location.hash);
  const editor = document.querySelector(".js-translation-editor[data-props]");
  if (!match || !editor) {
    return;
  }
  const props = JSON.parse(editor.dataset.props);
  const segment = (props.segments || []).find((s) => String(s.id) === match[1]);
  if (!segment || typeof segment.source !== "string") {
    return;
  }
  const parsed = new DOMParser().parseFromString(segment.source, "text/html");
  const text = parsed.body.textContent.replace(/\s+/g, " ").trim();

  function mark() {
    const rows = editor.querySelectorAll("li.complete, li.incomplete, li.errored");
    const row = Array.from(rows).find(
      (li) => li.textContent.replace(/\s+/g, " ").includes(text),
    );
    if (!row) {
      return false;
    }
    row.classList.add("portal-linked-string");
    row.style.outline = "3px solid var(--w-color-focus, #f37e77)";
    row.style.outlineOffset = "4px";
    row.setAttribute("tabindex", "-1");
    row.scrollIntoView({ block: "center" });
    row.focus({ preventScroll: true });
    return true;
  }

  if (!mark()) {
    const observer = new MutationObserver(() => mark() && observer.disconnect());
    observer.observe(editor, { childList: true, subtree: true });
  }
})();
