// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Click-to-load video: nothing is fetched from the video host until the learner asks.
  document.addEventListener("click", function (event) {
    var facade = event.target.closest && event.target.closest(".video__facade[data-embed]");
    if (!facade) return;
    event.preventDefault();
    var frame = document.createElement("iframe");
    frame.src = facade.getAttribute("data-embed");
    frame.title = facade.getAttribute("data-title") || "Video";
    frame.allow = "autoplay; encrypted-media; picture-in-picture";
    frame.allowFullscreen = true;
    frame.loading = "lazy";
    facade.replaceWith(frame);
  });
  // The printable certificate's "Cetak" button (no inline handlers: the CSP forbids them).
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print]")) window.print();
  });
  // Stop a second submit while the first is on its way (the server also counts it once).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.submitted) { event.preventDefault(); return; }
    form.dataset.submitted = "1";
    setTimeout(function () { delete form.dataset.submitted; }, 8000);
  });
})();
