// The alliance page: draws the graph embedded by graphkit/viz.py and lets an analyst search, highlight,
// filter by relation, confidence, evidence count and period, and read the evidence. No network: every
// piece of text reaches the page through textContent / setAttribute, never as markup, and links are made
// only for http(s) article addresses.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";  // a namespace name, not a download
  var svg = document.getElementById("graph");
  var tip = document.getElementById("tip");
  var W = data.width, H = data.height, FONT = 11;
  var view = { x: 0, y: 0, w: W, h: H };
  var nodes = data.nodes, edges = data.edges, byId = {};
  var state = { relations: {}, minConfidence: 0, minCount: 1, from: 0, to: data.days,
                selected: null, selectedEdge: null, hover: null };
  var blocsTimer = null, labelsFrame = null, blocsRequest = 0, workerState;

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function html(tag, text, parent, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }
  function $(id) { return document.getElementById(id); }
  // Case-, accent- and punctuation-insensitive form of a name: "Côte d’Ivoire" -> "cote d ivoire".
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  function isoDay(offset) {
    if (!data.day0) return "";
    var p = data.day0.split("-").map(Number);
    return new Date(Date.UTC(p[0], p[1] - 1, p[2]) + offset * 864e5).toISOString().slice(0, 10);
  }
  function kindOf(e) {
    return e.structural ? "structural" : (e.polarity > 0 ? "positive" : (e.polarity < 0 ? "negative" : "neutral"));
  }

  // ---- model -------------------------------------------------------------------------------------------
  nodes.forEach(function (n) {
    byId[n.id] = n;
    n.edges = [];
    n.keys = [fold(n.name)].concat((n.aliases || []).map(fold));
    n.shown = true;
    n.blocLabel = n.bloc_label;
  });
  edges.forEach(function (e) {
    e.kind = kindOf(e);
    e.shown = true;
    e.inCount = e.count;
    e.inConfidence = e.confidence;
    byId[e.source].edges.push(e);
    byId[e.target].edges.push(e);
  });

  // ---- drawing -----------------------------------------------------------------------------------------
  function setView() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
  document.getElementById("heading").textContent = data.title;
  document.title = data.title;
  var defs = el("defs", {}, svg);
  Object.keys(data.colours).forEach(function (kind) {
    var m = el("marker", { id: "arrow-" + kind, viewBox: "0 0 10 10", refX: "9", refY: "5",
                           markerWidth: "10", markerHeight: "10", orient: "auto",
                           markerUnits: "userSpaceOnUse" }, defs);
    el("path", { d: "M0,0 L10,5 L0,10 z", fill: data.colours[kind] }, m);
  });
  var edgeLayer = el("g", { "class": "edges" }, svg);
  var nodeLayer = el("g", { "class": "nodes" }, svg);
  var labelLayer = el("g", { "class": "labels", "font-size": FONT }, svg);

  function edgeGeometry(e) {
    var a = byId[e.source], b = byId[e.target];
    var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
    // Parallel relations between one pair bend apart so each stays clickable.
    var bend = e.bend * 28;
    var cx = (a.x + b.x) / 2 - dy / len * bend, cy = (a.y + b.y) / 2 + dx / len * bend;
    var ex = b.x - cx, ey = b.y - cy, l2 = Math.sqrt(ex * ex + ey * ey) || 1;
    var tx = b.x - ex / l2 * (b.r + 2), ty = b.y - ey / l2 * (b.r + 2);
    return "M" + a.x + "," + a.y + " Q" + cx + "," + cy + " " + tx + "," + ty;
  }
  function edgeWidth(count) { return Math.min(1 + 1.5 * Math.sqrt(count), 10).toFixed(1); }

  edges.forEach(function (e) {
    var p = el("path", { "class": "edge", d: edgeGeometry(e), stroke: data.colours[e.kind],
                         "stroke-width": edgeWidth(e.count), "data-relation": e.relation,
                         "marker-end": "url(#arrow-" + e.kind + ")" }, edgeLayer);
    if (e.structural) p.setAttribute("stroke-dasharray", "5 4");
    p.addEventListener("mousemove", function (ev) {
      showTip(ev, byId[e.source].name + " " + e.relation + " " + byId[e.target].name + " (" + e.inCount + ")");
    });
    p.addEventListener("mouseleave", hideTip);
    p.addEventListener("click", function (ev) { ev.stopPropagation(); selectEdge(e); });
    e.el = p;
  });
  nodes.forEach(function (n) {
    var g = el("g", { "class": "node", "data-id": n.id }, nodeLayer);
    n.circle = el("circle", { cx: n.x, cy: n.y, r: n.r, fill: n.colour }, g);
    n.label = el("text", { "class": "label", x: 0, y: 0, "data-id": n.id }, labelLayer);
    n.label.textContent = n.name;
    g.addEventListener("mousemove", function (ev) {
      showTip(ev, n.name + " \u00b7 " + n.type + " \u00b7 " + n.mentions + " mentions \u00b7 " + n.blocLabel);
    });
    g.addEventListener("mouseenter", function () { state.hover = n.id; highlight(); });
    g.addEventListener("mouseleave", function () { state.hover = null; hideTip(); highlight(); });
    g.addEventListener("mousedown", function (ev) { startDrag(ev, n); });
    g.addEventListener("click", function (ev) { ev.stopPropagation(); if (!moved) selectNode(n.id); });
    n.el = g;
  });
  // Label boxes measured once at the base size (one layout pass); placement scales them with the zoom.
  nodes.forEach(function (n) {
    var box = n.label.getBBox();
    n.lw = box.width;
    n.lh = box.height;
    n.ly = box.y;  // baseline offset: the box top relative to the text's y
  });

  function showTip(ev, text) {
    var box = svg.parentNode.getBoundingClientRect();
    tip.textContent = text;
    tip.style.left = (ev.clientX - box.left + 12) + "px";
    tip.style.top = (ev.clientY - box.top + 12) + "px";
    tip.style.display = "block";
  }
  function hideTip() { tip.style.display = "none"; }

  // ---- filtering: relation types, confidence, evidence count, period -------------------------------------
  function wholePeriod() { return state.from <= 0 && state.to >= data.days; }

  // Counts and confidence (noisy-or, as graphkit.graph computes it) of the evidence in the period. The whole
  // period keeps undated evidence; a narrower one keeps only evidence dated inside it (graphkit.slice_graph).
  function measure(e) {
    if (wholePeriod()) {
      e.inCount = e.count;
      e.inConfidence = e.confidence !== null && e.confidence !== undefined ? e.confidence : noisyOr(e, null);
      return;
    }
    e.inCount = 0;
    e.inConfidence = noisyOr(e, function (day) { return day >= 0 && day >= state.from && day <= state.to; });
  }
  function noisyOr(e, keep) {
    var miss = 1;
    e.days.forEach(function (day, i) {
      if (keep === null || keep(day)) {
        miss *= 1 - e.confidences[i] / 1000;
        if (keep !== null) e.inCount += 1;
      }
    });
    return Math.round((1 - miss) * 1000) / 1000;
  }

  function refilter() {
    var shownEdges = 0, shownNodes = 0, t0 = performance.now();
    edges.forEach(function (e) {
      measure(e);
      e.shown = e.inCount > 0 && e.inCount >= state.minCount && e.inConfidence >= state.minConfidence - 1e-9 &&
        state.relations[e.relation] !== false;
      e.el.style.display = e.shown ? "" : "none";
      if (e.shown) {
        e.el.setAttribute("stroke-width", edgeWidth(e.inCount));
        shownEdges += 1;
      }
    });
    // A node is hidden when every one of its relations is hidden (actors with none stay).
    nodes.forEach(function (n) {
      n.shown = n.edges.length === 0 || n.edges.some(function (e) { return e.shown; });
      n.el.style.display = n.shown ? "" : "none";
      if (n.shown) shownNodes += 1;
    });
    svg.setAttribute("data-edges-shown", String(shownEdges));
    svg.setAttribute("data-nodes-shown", String(shownNodes));
    $("summary").textContent = shownNodes + " of " + nodes.length + " actors, " + shownEdges + " of " +
      edges.length + " relations (" + data.level + " level)";
    showPeriod();
    highlight();
    scheduleBlocs();
    scheduleLabels();
    svg.setAttribute("data-filter-ms", (performance.now() - t0).toFixed(1));
  }

  // ---- blocs of what is shown (port of graphkit.analysis.blocs in viz_blocs.js) ----------------------------
  function scheduleBlocs() {
    svg.setAttribute("data-pending", "1");
    clearTimeout(blocsTimer);
    blocsTimer = setTimeout(recomputeBlocs, 120);  // sliders fire many events; compute once they rest
  }
  function recomputeBlocs() {
    clearTimeout(blocsTimer);
    var weights = {}, members = {}, t0 = performance.now();
    // The signed graph of graphkit.analysis.signed_graph: one tie per pair, weight = sum of polarity x count
    // over the shown event relations in both directions; structural relations left out.
    edges.forEach(function (e) {
      if (!e.shown || e.structural) return;
      var a = e.source < e.target ? e.source : e.target, b = a === e.source ? e.target : e.source;
      var key = JSON.stringify([a, b]);
      weights[key] = (weights[key] || 0) + (e.polarity || 0) * e.inCount;
      members[a] = members[b] = true;
    });
    var ties = Object.keys(weights).map(function (key) { var p = JSON.parse(key); return [p[0], p[1], weights[key]]; });
    var request = { id: ++blocsRequest, nodes: Object.keys(members), ties: ties, options: { seed: data.seed } };
    function done(groups) {
      if (request.id !== blocsRequest) return;  // a newer filter change is on its way
      applyBlocs(groups.filter(function (g) { return g.length > 1; }), "page");
      svg.setAttribute("data-blocs-ms", (performance.now() - t0).toFixed(1));
    }
    var worker = blocsWorker();
    svg.setAttribute("data-blocs-thread", worker ? "worker" : "page");
    if (worker) {
      worker.onmessage = function (m) { if (m.data.id === request.id) done(m.data.blocs); };
      worker.postMessage(request);
    } else {
      done(graphkitBlocs.blocs(request.nodes, request.ties, request.options));
    }
  }
  // A worker built from the port's own source (a blob: address made by the page, no download); null where
  // the browser refuses one, and the port then runs on the page's thread.
  function blocsWorker() {
    if (workerState !== undefined) return workerState;
    try {
      var source = "var graphkitBlocs = (" + graphkitBlocsModule.toString() + ")();\n" +
        "onmessage = function (m) { postMessage({ id: m.data.id, " +
        "blocs: graphkitBlocs.blocs(m.data.nodes, m.data.ties, m.data.options) }); };";
      workerState = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
      workerState.onerror = function () { workerState = null; recomputeBlocs(); };
    } catch (err) {
      workerState = null;
    }
    return workerState;
  }
  // source: "python" for the blocs computed by graphkit.viz for the whole graph (used as the page opens, so a
  // big graph opens without waiting for the port), "page" once a filter made the page recompute them.
  function applyBlocs(real, source) {
    nodes.forEach(function (n) { n.colour = data.lone_colour; n.blocLabel = "no bloc"; });
    real.forEach(function (g, i) {
      g.forEach(function (id) {
        byId[id].colour = data.bloc_colours[i % data.bloc_colours.length];
        byId[id].blocLabel = "Bloc " + (i + 1);
      });
    });
    nodes.forEach(function (n) { n.circle.setAttribute("fill", n.colour); });
    svg.setAttribute("data-blocs", JSON.stringify(real));
    svg.setAttribute("data-blocs-source", source);
    svg.setAttribute("data-pending", "0");
    drawLegend(real);
  }

  // ---- legend ------------------------------------------------------------------------------------------
  function drawLegend(real) {
    var legend = $("legend");
    legend.textContent = "";
    [["positive", "cooperative (supports, supplies, cooperates)"], ["negative", "hostile (opposes, threatens, sanctions, attacks)"],
     ["neutral", "neutral (meets, visits)"], ["structural", "leader of / member of (dashed)"]].forEach(function (row) {
      var line = html("div", null, legend, "legend-edge");
      var sw = html("span", null, line, "line");
      sw.style.borderTopColor = data.colours[row[0]];
      if (row[0] === "structural") sw.style.borderTopStyle = "dashed";
      line.appendChild(document.createTextNode(row[1]));
    });
    html("div", "Arrow width: evidence count. Circle size: mentions. Circle colour: bloc" +
         (wholePeriod() ? "" : " (in the period)") + ":", legend, "muted");
    real.forEach(function (g, i) {
      var row = html("div", null, legend, "legend-bloc");
      var sw = html("span", null, row, "swatch");
      sw.style.background = data.bloc_colours[i % data.bloc_colours.length];
      var names = g.map(function (id) { return byId[id].name; });
      row.appendChild(document.createTextNode("Bloc " + (i + 1) + ": " + names.slice(0, 6).join(", ") +
        (names.length > 6 ? " and " + (names.length - 6) + " more" : "")));
      row.title = names.join(", ");
    });
    var lone = html("div", null, legend, "legend-bloc");
    html("span", null, lone, "swatch").style.background = data.lone_colour;
    lone.appendChild(document.createTextNode("no bloc (no signed tie, or alone)"));
  }

  // ---- highlight and details ---------------------------------------------------------------------------
  function highlight() {
    var focusId = state.hover || state.selected, edge = state.selectedEdge;
    var lit = {};
    svg.querySelectorAll(".hl").forEach(function (x) { x.classList.remove("hl"); });
    if (focusId && byId[focusId]) {
      lit[focusId] = true;
      byId[focusId].edges.forEach(function (e) {
        if (!e.shown) return;
        e.el.classList.add("hl");
        lit[e.source] = lit[e.target] = true;
      });
    } else if (edge) {
      edge.el.classList.add("hl");
      lit[edge.source] = lit[edge.target] = true;
    }
    Object.keys(lit).forEach(function (id) { byId[id].el.classList.add("hl"); byId[id].label.classList.add("hl"); });
    svg.classList.toggle("focus", Object.keys(lit).length > 0);
  }
  function clearSelection() {
    state.selected = null;
    state.selectedEdge = null;
    svg.querySelectorAll(".selected, .found").forEach(function (x) { x.classList.remove("selected", "found"); });
    svg.removeAttribute("data-selected");
  }
  function selectNode(id) {
    clearSelection();
    state.selected = id;
    byId[id].el.classList.add("selected");
    svg.setAttribute("data-selected", id);
    highlight();
    showNode(byId[id]);
    scheduleLabels();
  }
  function selectEdge(e) {
    clearSelection();
    state.selectedEdge = e;
    e.el.classList.add("selected");
    highlight();
    showEdge(e);
  }
  function inPeriod(e, i) {
    if (wholePeriod()) return true;
    var day = e.days[i];
    return day >= 0 && day >= state.from && day <= state.to;
  }
  function evidenceList(e, parent) {
    var ul = html("ul", null, parent), listed = 0;
    e.evidence.forEach(function (ev, i) {
      if (!inPeriod(e, i)) return;
      listed += 1;
      var li = html("li", null, ul);
      html("span", "\u201c" + ev.sentence + "\u201d", li, "sentence");
      var meta = html("div", [ev.date, ev.doc_id, ev.predicate].filter(Boolean).join(" \u00b7 ") + " ", li, "muted");
      if (ev.url && /^https?:\/\//i.test(ev.url)) {
        var a = html("a", ev.title || "article", meta);
        a.href = ev.url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
      } else if (ev.title) {
        meta.appendChild(document.createTextNode(ev.title));
      }
    });
    if (e.inCount > listed) html("li", "and " + (e.inCount - listed) + " more", ul, "muted");
  }
  function openDetails() {
    var box = $("details");
    box.className = "";
    box.textContent = "";
    box.scrollTop = 0;
    return box;
  }
  function showEdge(e) {
    var box = openDetails();
    html("strong", byId[e.source].name + " \u2192 " + e.relation + " \u2192 " + byId[e.target].name, box);
    html("div", "evidence: " + e.inCount + ", confidence " + e.inConfidence +
         (e.polarity === null ? "" : ", polarity " + e.polarity), box, "muted");
    evidenceList(e, box);
  }
  function showNode(n) {
    var box = openDetails();
    html("strong", n.name, box);
    html("div", [n.type, n.role, n.blocLabel, n.mentions + " mentions"].filter(Boolean).join(" \u00b7 "), box, "muted");
    if (n.aliases && n.aliases.length) html("div", "also: " + n.aliases.join(", "), box, "muted");
    var mine = n.edges.filter(function (e) { return e.shown; })
      .sort(function (a, b) { return b.inCount - a.inCount || (a.relation < b.relation ? -1 : 1); });
    if (!mine.length) html("div", "No relation shown with the current filters.", box, "muted");
    mine.forEach(function (e) {
      html("div", byId[e.source].name + " " + e.relation + " " + byId[e.target].name + " (" + e.inCount + ")",
           box, "relation");
      evidenceList(e, box);
    });
  }

  // ---- search --------------------------------------------------------------------------------------------
  var search = $("search"), matchList = $("matches"), matches = [], active = 0;
  function rank(n, q) {
    var best = 9;
    n.keys.forEach(function (k, i) {
      var alias = i > 0 ? 1 : 0;
      if (k === q) best = Math.min(best, 0 + alias);
      else if (k.indexOf(q) === 0) best = Math.min(best, 2 + alias);
      else if ((" " + k).indexOf(" " + q) >= 0) best = Math.min(best, 4 + alias);
      else if (k.indexOf(q) >= 0) best = Math.min(best, 6 + alias);
    });
    return best;
  }
  function findActors(text) {
    var q = fold(text);
    if (!q) return [];
    return nodes.map(function (n) { return { n: n, r: rank(n, q) }; })
      .filter(function (m) { return m.r < 9; })
      .sort(function (a, b) { return a.r - b.r || b.n.mentions - a.n.mentions || (a.n.name < b.n.name ? -1 : 1); })
      .slice(0, 8).map(function (m) { return m.n; });
  }
  function showMatches() {
    matches = findActors(search.value);
    active = 0;
    matchList.textContent = "";
    matches.forEach(function (n, i) {
      var li = html("li", n.name + (n.shown ? "" : " (hidden by the filters)"), matchList, i === 0 ? "active" : "");
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); focusActor(n); });
    });
    if (search.value && !matches.length) html("li", "no actor matches", matchList, "muted");
    matchList.style.display = search.value ? "block" : "none";
  }
  function focusActor(n) {
    matchList.style.display = "none";
    search.value = n.name;
    selectNode(n.id);
    n.el.classList.add("found");
    // Centre the actor, zooming in to at most twice the whole view's scale.
    var w = Math.min(view.w, W / 2), h = w * H / W;
    view = { x: n.x - w / 2, y: n.y - h / 2, w: w, h: h };
    setView();
    scheduleLabels();
  }
  search.addEventListener("input", showMatches);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!matches.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
      Array.prototype.forEach.call(matchList.children, function (li, i) { li.classList.toggle("active", i === active); });
    } else if (ev.key === "Enter" && matches.length) {
      focusActor(matches[active]);
    } else if (ev.key === "Escape") {
      matchList.style.display = "none";
    }
  });
  search.addEventListener("blur", function () { matchList.style.display = "none"; });

  // ---- controls ------------------------------------------------------------------------------------------
  function showPeriod() {
    $("period-from-value").textContent = data.day0 ? isoDay(state.from) : "no dated evidence";
    $("period-to-value").textContent = data.day0 ? isoDay(state.to) : "";
    $("period-note").textContent = wholePeriod() ? "undated evidence included" : "dated evidence only";
    drawHistogram();
  }
  var histogram = $("histogram");
  function drawHistogram() {
    histogram.textContent = "";
    histogram.style.display = data.day0 ? "" : "none";
    if (!data.day0) return;
    var bins = Math.min(60, data.days + 1), counts = [], top = 1;
    for (var i = 0; i < bins; i++) counts.push(0);
    edges.forEach(function (e) {
      e.days.forEach(function (d) {
        if (d >= 0) counts[Math.min(bins - 1, Math.floor(d * bins / (data.days + 1)))] += 1;
      });
    });
    counts.forEach(function (c) { top = Math.max(top, c); });
    histogram.setAttribute("viewBox", "0 0 " + bins + " 28");
    histogram.setAttribute("preserveAspectRatio", "none");
    counts.forEach(function (c, i) {
      var start = i * (data.days + 1) / bins, end = (i + 1) * (data.days + 1) / bins - 1;
      var inside = end >= state.from && start <= state.to;
      el("rect", { x: i + 0.1, y: 28 - 28 * c / top, width: 0.8, height: 28 * c / top,
                   fill: inside ? "#4a78b5" : "#ccc" }, histogram);
    });
  }
  function setupControls() {
    var conf = $("min-confidence"), count = $("min-count"), from = $("period-from"), to = $("period-to");
    var maxCount = 1;
    edges.forEach(function (e) { maxCount = Math.max(maxCount, e.count); });
    count.max = String(Math.min(maxCount, 50));
    conf.addEventListener("input", function () {
      state.minConfidence = Number(conf.value);
      $("min-confidence-value").textContent = Number(conf.value).toFixed(2);
      refilter();
    });
    count.addEventListener("input", function () {
      state.minCount = Number(count.value);
      $("min-count-value").textContent = count.value;
      refilter();
    });
    [from, to].forEach(function (input) {
      input.max = String(data.days);
      input.disabled = !data.day0;
    });
    to.value = String(data.days);
    from.addEventListener("input", function () {
      state.from = Number(from.value);
      if (state.from > state.to) { state.to = state.from; to.value = from.value; }
      refilter();
    });
    to.addEventListener("input", function () {
      state.to = Number(to.value);
      if (state.to < state.from) { state.from = state.to; from.value = to.value; }
      refilter();
    });
    $("period-reset").addEventListener("click", function () {
      state.from = 0;
      state.to = data.days;
      from.value = "0";
      to.value = String(data.days);
      refilter();
    });
    $("period-reset").disabled = !data.day0;
    var filters = $("filters");
    data.relations.forEach(function (rel) {
      var label = html("label", null, filters);
      var box = html("input", null, label);
      box.type = "checkbox";
      box.checked = true;
      box.value = rel.name;
      box.addEventListener("change", function () { state.relations[rel.name] = box.checked; refilter(); });
      label.appendChild(document.createTextNode(" " + rel.name + " (" + rel.edges + ")"));
    });
  }

  // ---- labels: greedy, collision-free placement in screen-constant size ------------------------------------
  // Most important actors first (selected and its neighbours, then by mentions); each label takes the first
  // of four spots around its circle that overlaps no label already placed (preferring spots that cover no
  // circle); a label with no free spot is hidden until zooming in makes room. A grid keeps this near-linear.
  function scheduleLabels() {
    if (labelsFrame === null) labelsFrame = requestAnimationFrame(function () { labelsFrame = null; placeLabels(); });
  }
  function unitsPerPixel() {
    var box = svg.getBoundingClientRect();
    return Math.max(view.w / (box.width || W), view.h / (box.height || H));
  }
  function placeLabels() {
    var t0 = performance.now(), s = unitsPerPixel(), pad = 1.5 * s, cell = 60 * s, grid = {}, circles = {}, placed = 0;
    labelLayer.setAttribute("font-size", String(FONT * s));
    var focus = {};
    var centre = state.selected || (state.selectedEdge && state.selectedEdge.source);
    if (centre) {
      focus[centre] = 2;
      byId[centre].edges.forEach(function (e) { if (e.shown) focus[e.source] = focus[e.target] = focus[e.source] || 1; });
      if (state.selectedEdge) focus[state.selectedEdge.target] = 2;
    }
    var order = nodes.filter(function (n) { return n.shown; }).sort(function (a, b) {
      return (focus[b.id] || 0) - (focus[a.id] || 0) || b.mentions - a.mentions ||
        b.edges.length - a.edges.length || (a.id < b.id ? -1 : 1);
    });
    function cells(r, fn) {
      for (var cx = Math.floor(r[0] / cell); cx <= Math.floor(r[2] / cell); cx++)
        for (var cy = Math.floor(r[1] / cell); cy <= Math.floor(r[3] / cell); cy++)
          if (fn(cx + "," + cy) === false) return false;
      return true;
    }
    function free(store, r, skip) {
      return cells(r, function (k) {
        return !(store[k] || []).some(function (o) {
          return o !== skip && o[0] < r[2] && r[0] < o[2] && o[1] < r[3] && r[1] < o[3];
        });
      });
    }
    function add(store, r) { cells(r, function (k) { (store[k] = store[k] || []).push(r); }); }
    order.forEach(function (n) {
      var box = [n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r];
      n.box = box;
      add(circles, box);
    });
    order.forEach(function (n) {
      var w = n.lw * s, h = n.lh * s, gap = 2 * s;
      var spots = [[n.x - w / 2, n.y + n.r + gap], [n.x - w / 2, n.y - n.r - gap - h],
                   [n.x + n.r + gap, n.y - h / 2], [n.x - n.r - gap - w, n.y - h / 2]];
      var rects = spots.map(function (p) { return [p[0] - pad, p[1] - pad, p[0] + w + pad, p[1] + h + pad]; });
      var pick = rects.filter(function (r) { return free(grid, r) && free(circles, r, n.box); })[0] ||
        rects.filter(function (r) { return free(grid, r); })[0];
      if (!pick) { n.label.style.display = "none"; return; }
      add(grid, pick);
      placed += 1;
      n.label.style.display = "";
      n.label.setAttribute("x", (pick[0] + pad).toFixed(1));
      n.label.setAttribute("y", (pick[1] + pad - n.ly * s).toFixed(1));
    });
    nodes.forEach(function (n) { if (!n.shown) n.label.style.display = "none"; });
    svg.setAttribute("data-labels-shown", String(placed));
    svg.setAttribute("data-labels-ms", (performance.now() - t0).toFixed(1));
  }

  // ---- drag nodes; drag the background to pan; wheel to zoom -----------------------------------------------
  var drag = null, moved = false;
  function toGraph(ev) {
    var box = svg.getBoundingClientRect();
    var scale = Math.max(view.w / box.width, view.h / box.height);
    // preserveAspectRatio centres the view box in the element.
    var ox = (box.width * scale - view.w) / 2, oy = (box.height * scale - view.h) / 2;
    return { x: view.x - ox + (ev.clientX - box.left) * scale, y: view.y - oy + (ev.clientY - box.top) * scale,
             scale: scale };
  }
  function startDrag(ev, n) { ev.stopPropagation(); drag = { node: n, x: ev.clientX, y: ev.clientY }; moved = false; }
  svg.addEventListener("mousedown", function (ev) {
    if (!drag) { drag = { pan: true, x: ev.clientX, y: ev.clientY }; moved = false; }
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3) moved = true;
    if (!moved) return;
    if (drag.pan) {
      var s = toGraph(ev).scale;
      view.x -= (ev.clientX - drag.x) * s;
      view.y -= (ev.clientY - drag.y) * s;
      drag.x = ev.clientX;
      drag.y = ev.clientY;
      setView();
      return;
    }
    var p = toGraph(ev), n = drag.node;
    n.x = p.x;
    n.y = p.y;
    n.circle.setAttribute("cx", n.x);
    n.circle.setAttribute("cy", n.y);
    n.edges.forEach(function (e) { e.el.setAttribute("d", edgeGeometry(e)); });
    scheduleLabels();
  });
  window.addEventListener("mouseup", function () { drag = null; });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = toGraph(ev), k = ev.deltaY > 0 ? 1.1 : 1 / 1.1;
    view.x = p.x - (p.x - view.x) * k;
    view.y = p.y - (p.y - view.y) * k;
    view.w *= k;
    view.h *= k;
    setView();
    scheduleLabels();
  }, { passive: false });
  svg.addEventListener("click", function () {
    if (moved) return;
    clearSelection();
    highlight();
    scheduleLabels();
  });
  window.addEventListener("resize", scheduleLabels);

  setView();
  setupControls();
  refilter();
  clearTimeout(blocsTimer);
  applyBlocs(data.blocs.map(function (b) { return b.members; }), "python");
  placeLabels();
  // Read by the browser tests and bench/viz_size.py: what was actually drawn, and when.
  svg.setAttribute("data-nodes-drawn", String(nodeLayer.querySelectorAll("circle").length));
  svg.setAttribute("data-edges-drawn", String(edgeLayer.querySelectorAll("path").length));
  window.graphkitView = { nodes: nodes.length, edges: edges.length, readyMs: performance.now(),
                          nodesDrawn: nodeLayer.querySelectorAll("circle").length, findActors: findActors };
})();
