/* The facilitator's screens, progressively enhanced (everything works without this file):
 * - the roster refreshes itself every few seconds by fetching only its fragment;
 * - the attendance buttons save without reloading the page;
 * - the projector view's count of who joined refreshes itself;
 * - print pages get a "Cetak" button, the projector a "Layar penuh" button.
 */
(function () {
    "use strict";

    var HEADERS = { "X-Requested-With": "XMLHttpRequest" };

    function every(seconds, task) {
        var busy = false;
        window.setInterval(function () {
            if (busy || document.hidden) {
                return;
            }
            busy = true;
            task().then(
                function () { busy = false; },
                function () { busy = false; }
            );
        }, Math.max(2, seconds) * 1000);
    }

    function stamp(element) {
        if (!element) {
            return;
        }
        var now = new Date();
        var time = ("0" + now.getHours()).slice(-2) + "." + ("0" + now.getMinutes()).slice(-2) +
            "." + ("0" + now.getSeconds()).slice(-2);
        element.textContent = "Diperbarui otomatis, terakhir pukul " + time + ".";
    }

    // The roster --------------------------------------------------------------------------
    var roster = document.querySelector("[data-roster-src]");
    function refreshRoster() {
        return fetch(roster.getAttribute("data-roster-src"), {
            headers: HEADERS,
            credentials: "same-origin",
            cache: "no-store"
        }).then(function (response) {
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.text();
        }).then(function (html) {
            // Do not pull the button from under a tap in progress.
            if (!roster.querySelector("form[data-busy]")) {
                roster.innerHTML = html;
            }
            stamp(document.querySelector("[data-roster-stamp]"));
        });
    }
    if (roster && window.fetch) {
        every(Number(roster.getAttribute("data-refresh-seconds")) || 5, refreshRoster);
        roster.addEventListener("submit", function (event) {
            var form = event.target;
            if (!form.matches("form[data-attendance]")) {
                return;
            }
            event.preventDefault();
            if (form.hasAttribute("data-busy")) {
                return; // a double tap sends nothing more
            }
            form.setAttribute("data-busy", "");
            var button = form.querySelector("button");
            if (button) {
                button.disabled = true;
            }
            fetch(form.action, {
                method: "POST",
                body: new FormData(form),
                headers: HEADERS,
                credentials: "same-origin"
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                form.removeAttribute("data-busy");
                return refreshRoster();
            }).catch(function () {
                // Fall back to the plain form: the server answers with the page.
                form.removeAttribute("data-busy");
                form.submit();
            });
        });
    }

    // The projector's count ----------------------------------------------------------------
    var count = document.querySelector("[data-count-src]");
    if (count && window.fetch) {
        every(Number(count.getAttribute("data-refresh-seconds")) || 5, function () {
            return fetch(count.getAttribute("data-count-src"), {
                headers: HEADERS,
                credentials: "same-origin",
                cache: "no-store"
            }).then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            }).then(function (data) {
                count.querySelector("[data-count]").textContent = String(data.bergabung);
            });
        });
    }

    var full = document.querySelector("[data-fullscreen]");
    if (full && document.documentElement.requestFullscreen) {
        full.hidden = false;
        full.addEventListener("click", function () {
            if (document.fullscreenElement) {
                document.exitFullscreen();
            } else {
                document.documentElement.requestFullscreen();
            }
        });
    }

    var print = document.querySelector("[data-print]");
    if (print) {
        print.hidden = false;
        print.addEventListener("click", function () { window.print(); });
    }
}());
