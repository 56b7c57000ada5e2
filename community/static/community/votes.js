// Votes without a page reload: each vote form (templates/community/includes/vote.html) is
// sent with fetch, asking for JSON; the site view answers the new score and the member's
// vote, or the refusal in the portal's error shape. Without JavaScript the same form posts
// and the page comes back.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) return;

  function show(form, vote, score) {
    form.querySelector("[data-score]").textContent = String(score);
    form.querySelectorAll("button[data-value]").forEach(function (button) {
      var pressed = String(vote) === button.dataset.value;
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
      button.value = pressed ? "0" : button.dataset.value;
    });
  }

  function say(form, text) {
    var message = form.querySelector("[data-message]");
    message.textContent = text || "";
    message.hidden = !text;
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-vote")) return;
    var button = event.submitter;
    if (!button || !button.name) return;
    event.preventDefault();
    var data = new FormData(form);
    data.set(button.name, button.value);
    form.setAttribute("aria-busy", "true");
    fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        return response.json().then(function (body) {
          if (response.ok) {
            show(form, body.vote, body.score);
            say(form, "");
          } else {
            say(form, body.detail || body.title);
          }
        });
      })
      .catch(function () {
        // No answer we can read: send the form the ordinary way.
        var value = document.createElement("input");
        value.type = "hidden";
        value.name = button.name;
        value.value = button.value;
        form.appendChild(value);
        form.submit();
      })
      .finally(function () {
        form.removeAttribute("aria-busy");
      });
  });
})();
