// The console's only script of ours (no inline scripts: the Content-Security-Policy forbids them).
// Live queue over server-sent events, its connection state, clickable rows, keyboard shortcuts.
(function () {
  "use strict";

  // where the server's live feed gets its news: the broker's topics, or (broker unreachable) a Redis poll
  var source = "starting";
  var SOURCE_LABELS = {
    topics: "live",
    polling: "live · polling Redis (broker unreachable)",
    starting: "live · connecting to the broker"
  };

  function setConn(state, label) {
    var el = document.getElementById("conn");
    if (!el) return;
    el.dataset.state = state;
    el.dataset.source = source;
    el.textContent = state === "live" ? (SOURCE_LABELS[source] || label) : label;
    el.className = "conn " + (state !== "live" ? "off" : source === "topics" ? "on" : "degraded");
  }

  function refreshQueue() {
    var body = document.getElementById("queue-body");
    if (!body || !window.htmx) return;
    window.htmx.ajax("GET", "/ui/queue", { target: "#queue-body", swap: "innerHTML" });
  }

  function connect() {
    if (!document.getElementById("queue-body") || !window.EventSource) return;
    var stream = new EventSource("/ui/events");
    stream.onopen = function () { setConn("live", "live"); };
    stream.addEventListener("queue", function () { setConn("live", "live"); refreshQueue(); });
    stream.addEventListener("mode", function (ev) { source = ev.data; setConn("live", "live"); });
    stream.onerror = function () {
      if (stream.readyState === EventSource.CLOSED) {
        setConn("offline", "offline: reload to reconnect");
      } else {
        setConn("reconnecting", "reconnecting…");
      }
    };
  }

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.row, li.alert")); }
  var current = -1;

  function select(i) {
    var all = rows();
    if (!all.length) return;
    current = Math.max(0, Math.min(all.length - 1, i));
    all.forEach(function (r) { r.classList.remove("current"); });
    all[current].classList.add("current");
    all[current].scrollIntoView({ block: "nearest" });
  }

  function clickIn(selector) {
    var all = rows();
    var scope = current >= 0 && all[current] ? all[current] : document;
    var el = scope.querySelector(selector) || document.querySelector(selector);
    if (el) el.click();
  }

  document.addEventListener("click", function (ev) {
    var row = ev.target.closest && ev.target.closest("tr.row[data-href]");
    if (row && !ev.target.closest("a, button, input")) window.location.assign(row.dataset.href);
  });

  document.addEventListener("keydown", function (ev) {
    var tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var all = rows();
    if (ev.key === "j") { select(current + 1); }
    else if (ev.key === "k") { select(current - 1); }
    else if (ev.key === "Enter" && current >= 0 && all[current] && all[current].dataset.href) { window.location.assign(all[current].dataset.href); }
    else if (ev.key === "c") { clickIn("button.confirm"); }
    else if (ev.key === "f") { clickIn("button.fp"); }
    else if (ev.key === "t") { var t = document.getElementById("take"); if (t) t.click(); }
    else if (ev.key === "/") { ev.preventDefault(); window.location.assign("/ui/alerts"); }
    else { return; }
  });

  document.addEventListener("DOMContentLoaded", connect);
})();
