// Clicking an item highlights its words in the article texts (the #anchor link also scrolls there).
(function () {
  function activate(id) {
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    document.querySelectorAll("mark[data-ids]").forEach(function (m) {
      if (m.dataset.ids.split(" ").indexOf(id) >= 0) { m.classList.add("active"); }
    });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.item");
    if (link) { activate(link.getAttribute("href").slice(1)); }
  });
  if (location.hash) { activate(location.hash.slice(1)); }
})();
