// Flags without a page reload: each flag form (templates/community/includes/post_moderation.html)
// is sent with fetch, asking for JSON; the site view answers the thanks, or the refusal (a
// second flag, one's own post) in the portal's error shape, shown in the form. Without
// JavaScript the same form posts and the page comes back with the message.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) return;

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-flag")) return;
    event.preventDefault();
    var message = form.querySelector("[data-message]");
    var button = form.querySelector("button[type=submit]");
    form.setAttribute("aria-busy", "true");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.json().then(function (body) {
          message.textContent = body.detail || body.title || "";
          message.hidden = !message.textContent;
          if (response.ok && button) button.disabled = true;
        });
      })
      .catch(function () {
        form.submit();
      })
      .finally(function () {
        form.removeAttribute("aria-busy");
      });
  });
})();
