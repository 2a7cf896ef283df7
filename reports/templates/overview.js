(function () {
  "use strict";
  var table = document.getElementById("agencies");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var q = document.getElementById("f-text"), ty = document.getElementById("f-type"),
      di = document.getElementById("f-district"), st = document.getElementById("f-status"),
      fail = document.getElementById("f-fail"), shown = document.getElementById("shown");
  function filter() {
    var text = q.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var ok = (!text || r.getAttribute("data-search").indexOf(text) >= 0) &&
        (!ty.value || r.getAttribute("data-type") === ty.value) &&
        (!di.value || r.getAttribute("data-district") === di.value) &&
        (!st.value || r.getAttribute("data-status") === st.value) &&
        (!fail.checked || r.getAttribute("data-pass") === "0");
      r.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = String(n);
  }
  [q, ty, di, st, fail].forEach(function (el) {
    el.addEventListener("input", filter);
    el.addEventListener("change", filter);
  });
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var button = th.querySelector("button");
    if (!button) { return; }
    button.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var numeric = th.getAttribute("data-kind") === "num";
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-v"), y = b.cells[col].getAttribute("data-v"), c;
        if (numeric) {
          x = x === "" ? null : Number(x); y = y === "" ? null : Number(y);
          if (x === null || y === null) { return x === y ? 0 : (x === null ? 1 : -1); }
          c = x - y;
        } else {
          c = x.localeCompare(y, "th");
        }
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  filter();
  var first = table.querySelector("th[data-sort-first] button");
  if (first) { first.click(); }  // lowest score first: who needs help most
}());
