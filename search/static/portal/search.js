// Title suggestions for the header search box, from the suggestions endpoint.
(function () {
  const input = document.getElementById("site-search-q");
  if (!input) return;
  const list = document.getElementById("site-search-suggestions");
  let timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { list.replaceChildren(); return; }
    timer = setTimeout(async function () {
      const params = new URLSearchParams({ q: text, locale: input.dataset.locale });
      const response = await fetch(input.dataset.suggestUrl + "?" + params);
      if (!response.ok) return;
      const suggestions = await response.json();
      list.replaceChildren(...suggestions.map(function (s) {
        const option = document.createElement("option");
        option.value = s.title;
        return option;
      }));
    }, 150);
  });
})();
