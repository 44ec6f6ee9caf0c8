/* kg explorer: draws the view graph with vis-network and explains it in a side panel.
   Every text from the data reaches the page through textContent or createTextNode, never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var S = data.statements || {}, P = data.propositions || {}, STYLE = data.edgeStyle, GROUPS = data.groups || {};
  var RANK = {said: 0, affiliation: 1, unconfirmed: 2, corroboration: 3, conflict: 4, contradiction: 5};
  var MEANING = {
    contradiction: "Both are certain and say opposite things.",
    conflict: "They say opposite things; at least one is only probable or possible.",
    corroboration: "They are committed the same way.",
    unconfirmed: "One asserts what the other says it cannot confirm (not a conflict).",
    affiliation: "Membership or part of.", said: "The speaker and the statement."
  };
  var overview = Object.keys(GROUPS).length > 0;
  var DIM_LIMIT = 1500;  // above this many nodes drawn, focus is vis-network's own selection: dimming them all is too slow
  var DASH_LIMIT = 2000;  // above this many ties drawn, dashes (costly on a canvas, too fine to see that far out) are dropped
  var plain = false;
  var base = {}, actorOf = {}, degree = {}, clusterCentre = {};
  data.nodes.forEach(function (n) {
    base[n.id] = n;
    (n.said || []).forEach(function (s) { if (n.kind !== "statement") { actorOf[s] = n.id; } });
    degree[n.id] = 0;
  });
  data.edges.forEach(function (e) { degree[e.from] += 1; degree[e.to] += 1; });
  Object.keys(GROUPS).forEach(function (key) { clusterCentre[key] = {x: 0, y: 0, n: 0}; });
  data.nodes.forEach(function (n) {
    var c = clusterCentre[n.cluster];
    if (c) { c.x += n.x; c.y += n.y; c.n += 1; }
  });

  /* ---------- time ---------- */
  var DAY = 86400000, dates = [];
  Object.keys(S).forEach(function (k) { if (S[k].date) { dates.push(S[k].date); } });
  dates.sort();
  var firstDay = dates.length ? Date.parse(dates[0]) : 0;
  var lastIndex = dates.length ? Math.round((Date.parse(dates[dates.length - 1]) - firstDay) / DAY) : 0;
  function dayIndex(date) { return Math.round((Date.parse(date) - firstDay) / DAY); }
  function dayText(index) { return new Date(firstDay + index * DAY).toISOString().slice(0, 10); }

  var state = {lo: 0, hi: lastIndex, hidden: {}, lonely: true, expanded: {}, focus: null, tie: null, camp: null, mode: "actors"};
  var inWindow = {};
  function windowIsFull() { return state.lo === 0 && state.hi === lastIndex; }
  var dayOf = {}, statementIds = Object.keys(S);
  statementIds.forEach(function (k) { dayOf[k] = S[k].date ? dayIndex(S[k].date) : null; });
  function computeWindow() {
    var full = windowIsFull();
    statementIds.forEach(function (k) {
      var d = dayOf[k];
      inWindow[k] = full || (d !== null && d >= state.lo && d <= state.hi);
    });
  }
  function pairsInWindow(e) {
    return (e.pairs || []).filter(function (p) { return inWindow[p.a] && inWindow[p.b]; });
  }
  function anyPairInWindow(e) {
    for (var i = 0; i < e.pairs.length; i++) { if (inWindow[e.pairs[i].a] && inWindow[e.pairs[i].b]) { return true; } }
    return false;
  }

  /* ---------- what is drawn ---------- */
  function isCollapsed(n) { return overview && !state.expanded[n.cluster] && GROUPS[n.cluster]; }
  function shown(id) { var n = base[id]; return isCollapsed(n) ? "c:" + n.cluster : id; }
  function name(id) {
    if (String(id).indexOf("c:") === 0) { var g = GROUPS[id.slice(2)]; return g ? g.label + " (cluster)" : id; }
    var n = base[id];
    if (!n) { return P[id] ? P[id].text : String(id); }
    if (n.kind === "statement") { var s = S[n.said[0]]; return s ? s.speakerName + ": " + s.type : n.label; }
    return n.label;
  }

  function desired() {
    computeWindow();
    var active = [], liveDegree = {}, visible = {};
    data.nodes.forEach(function (n) { visible[n.id] = n.kind !== "statement" || inWindow[n.said[0]]; liveDegree[n.id] = 0; });
    data.edges.forEach(function (e) {
      if (state.hidden[e.kind] || !visible[e.from] || !visible[e.to]) { return; }
      if (e.kind !== "affiliation" && e.kind !== "said" && !anyPairInWindow(e)) { return; }
      active.push(e);
      liveDegree[e.from] += 1;
      liveDegree[e.to] += 1;
    });
    if (state.lonely) {
      data.nodes.forEach(function (n) { if (degree[n.id] > 0 && liveDegree[n.id] === 0) { visible[n.id] = false; } });
    }
    var nodes = new Map(), edges = new Map(), counts = {};
    data.nodes.forEach(function (n) {
      if (!visible[n.id]) { return; }
      if (isCollapsed(n)) { counts[n.cluster] = (counts[n.cluster] || 0) + 1; return; }
      nodes.set(n.id, {id: n.id, label: n.label, shape: n.shape, size: n.size, color: n.color, x: n.x, y: n.y, kind: n.kind});
    });
    Object.keys(counts).forEach(function (key) {
      var c = clusterCentre[key], size = counts[key];
      nodes.set("c:" + key, {id: "c:" + key, label: GROUPS[key].label + " · " + size, shape: "ellipse", kind: "cluster",
        color: {background: "#eeeeee", border: "#555555"}, x: Math.round(c.x / c.n), y: Math.round(c.y / c.n),
        font: {size: GROUPS[key].font}, borderWidth: 1.5});
    });
    active.forEach(function (e) {
      if (!visible[e.from] || !visible[e.to]) { return; }
      var a = shown(e.from), b = shown(e.to);
      if (a === e.from && b === e.to) {
        edges.set(e.id, {id: e.id, from: a, to: b, kind: e.kind, color: e.color, dashes: e.dashes, arrows: e.arrows, width: e.width});
        return;
      }
      if (a === b) { return; }
      // one tie per pair touching a closed cluster, in the colour of its most serious relation; the panel counts each
      var first = a < b ? a : b, second = a < b ? b : a, id = "a:" + first + "|" + second;
      var item = edges.get(id);
      if (!item) {
        item = {id: id, from: first, to: second, kind: e.kind, arrows: "", count: 0, counts: {}};
        edges.set(id, item);
      }
      if (RANK[e.kind] > RANK[item.kind]) { item.kind = e.kind; }
      item.count += e.count;
      item.counts[e.kind] = (item.counts[e.kind] || 0) + e.count;
    });
    edges.forEach(function (item) {
      if (item.counts) {
        item.color = STYLE[item.kind].color;
        item.dashes = STYLE[item.kind].dashes;
        // between two clusters the drawing is seen from far: widths grow as the titles do, to read at that zoom
        var far = String(item.from).indexOf("c:") === 0 && String(item.to).indexOf("c:") === 0 ? GROUPS[item.from.slice(2)].font / 14 : 1;
        item.width = Math.round((1 + Math.log2(item.count)) * far * 10) / 10;
        if (item.dashes) { item.dashes = item.dashes.map(function (d) { return Math.round(d * far); }); }
      }
    });
    plain = edges.size > DASH_LIMIT;
    if (plain) { edges.forEach(function (item) { item.dashes = false; }); }
    curve(edges);
    if (nodes.size <= DIM_LIMIT) { dim(nodes, edges); }
    return {nodes: nodes, edges: edges};
  }

  /* Ties between one pair are drawn apart: the first straight, the others curved on alternate sides. */
  function curve(edges) {
    var byPair = {};
    edges.forEach(function (item) {
      var key = item.from < item.to ? item.from + "\u0000" + item.to : item.to + "\u0000" + item.from;
      (byPair[key] = byPair[key] || []).push(item);
    });
    Object.keys(byPair).forEach(function (key) {
      var list = byPair[key].sort(function (x, y) { return RANK[y.kind] - RANK[x.kind] || String(x.id).localeCompare(String(y.id)); });
      list.forEach(function (item, i) {
        if (i === 0) { item.smooth = false; return; }
        var clockwise = i % 2 === 1, forward = String(item.from) < String(item.to);
        item.smooth = {enabled: true, type: clockwise === forward ? "curvedCW" : "curvedCCW", roundness: 0.25 * Math.ceil(i / 2)};
      });
    });
  }

  function focusSet(edges) {
    if (state.camp) {
      var set = {};
      campEntries(state.camp).forEach(function (entry) { set[shown(entry.node)] = true; });
      return set;
    }
    if (state.tie !== null) {
      var tie = edges.get(state.tie), ends = {};
      if (tie) { ends[tie.from] = ends[tie.to] = true; }
      return tie ? ends : null;
    }
    if (state.focus === null) { return null; }
    var around = {};
    around[state.focus] = true;
    edges.forEach(function (e) {
      if (e.from === state.focus) { around[e.to] = true; }
      if (e.to === state.focus) { around[e.from] = true; }
    });
    return around;
  }
  function dim(nodes, edges) {
    var set = focusSet(edges);
    if (!set) { return; }
    nodes.forEach(function (n) { if (!set[n.id]) { n.opacity = 0.18; } });
    edges.forEach(function (e) {
      var lit = state.tie !== null ? e.id === state.tie : set[e.from] && set[e.to] && (state.camp || e.from === state.focus || e.to === state.focus);
      if (!lit) {
        e.color = {color: typeof e.color === "string" ? e.color : e.color.color, opacity: 0.1};
      }
    });
  }

  var tip = document.getElementById("kg-tip");
  function hideTip() { tip.style.display = "none"; }
  var signatures = {nodes: new Map(), edges: new Map()};
  function sync(ds, wanted, sigs) {
    var remove = [], add = [], update = [];
    sigs.forEach(function (sig, id) { if (!wanted.has(id)) { remove.push(id); } });
    remove.forEach(function (id) { sigs.delete(id); });
    wanted.forEach(function (item, id) {
      var sig = JSON.stringify(item), old = sigs.get(id);
      if (old === undefined) { add.push(item); } else if (old !== sig) { update.push(Object.assign({opacity: 1}, item)); }
      sigs.set(id, sig);
    });
    if (remove.length) { ds.remove(remove); }
    if (add.length) { ds.add(add); }
    if (update.length) {
      update.forEach(function (item) {  // undo a dimmed colour the update no longer carries
        if (typeof item.color === "string") { item.color = {color: item.color, opacity: 1}; }
      });
      ds.update(update);
    }
  }

  /* A small drawing is spread out (positions, not zoom) to fill the window, so labels keep their size. */
  var container = document.getElementById("kg-network");
  (function fillWindow() {
    if (overview || !data.nodes.length || data.nodes[0].x === undefined) { return; }
    var xs = data.nodes.map(function (n) { return n.x; }), ys = data.nodes.map(function (n) { return n.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var box = container.getBoundingClientRect();
    var f = Math.min(2.5, (box.width - 220) / Math.max(x1 - x0, 1), (box.height - 90) / Math.max(y1 - y0, 1));
    if (f <= 1) { return; }
    data.nodes.forEach(function (n) {
      n.x = Math.round((x0 + x1) / 2 + (n.x - (x0 + x1) / 2) * f);
      n.y = Math.round((y0 + y1) / 2 + (n.y - (y0 + y1) / 2) * f);
    });
  })();
  var first = desired();
  var nodes = new vis.DataSet(Array.from(first.nodes.values()));
  var edges = new vis.DataSet(Array.from(first.edges.values()));
  first.nodes.forEach(function (item, id) { signatures.nodes.set(id, JSON.stringify(item)); });
  first.edges.forEach(function (item, id) { signatures.edges.set(id, JSON.stringify(item)); });
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  function render() {
    var want = desired();
    sync(nodes, want.nodes, signatures.nodes);
    sync(edges, want.edges, signatures.edges);
    document.getElementById("kg-dash-note").hidden = !plain;
    hideTip();
  }
  function fit() { network.fit({maxZoomLevel: 1.25}); }
  function resized() { network.setSize("100%", "100%"); network.redraw(); }  // the canvas follows its box
  fit();
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgDrawn = false;
  network.once("afterDrawing", function () { window.kgDrawn = true; window.kgDrawnAt = performance.now(); });

  /* window.kgStable: nothing on the canvas moves by itself (physics has settled and the view is not gliding),
     so every node is where it will stay. */
  var settling = !!(data.options.physics && data.options.physics.enabled), gliding = false;
  function still() { window.kgStable = !settling && !gliding; }
  still();
  if (settling) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      settling = false;
      still();
    });
  }
  network.on("animationFinished", function () { gliding = false; still(); });
  /* Every animated move of the view goes through here. vis-network 9.1.2 keeps a glide's redraw hook when a
     second glide starts before the first has drawn a frame (two events handled back to back, as two clicks
     queued on a busy page are), and the stray hook replays the glide on every later redraw: the view jumps
     back and will not be dragged. Drawing the glide's first frame at once lets a later glide end it cleanly. */
  function glide(move) {
    move();  // ends a glide under way, whose animationFinished comes first
    gliding = true;
    still();
    network.redraw();
  }
  window.addEventListener("resize", resized);

  /* ---------- the panel ---------- */
  var panel = document.getElementById("kg-panel"), body = document.getElementById("kg-panel-body");
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var part = arguments[i];
      parent.appendChild(typeof part === "string" ? document.createTextNode(part) : part);
    }
    return parent;
  }
  function nodeLink(id, text) {
    var a = el("a", "kg-node", text === undefined ? name(id) : text);
    a.href = "#";
    a.setAttribute("data-node", id);
    a.title = "show " + String(id) + " in the network";
    return a;
  }
  function propLink(pid) {
    var a = el("a", "kg-node", P[pid] ? P[pid].text : pid);
    a.href = "#";
    a.setAttribute("data-prop", pid);
    a.title = "show who asserts and who denies it";
    return a;
  }
  function openPanel(heading) {
    body.replaceChildren(el("h2", "", heading));
    if (panel.hidden) { panel.hidden = false; resized(); }
    return body;
  }
  function closePanel() { panel.hidden = true; resized(); }
  document.getElementById("kg-panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (event) { if (event.key === "Escape" && !panel.hidden) { closePanel(); } });
  body.addEventListener("click", function (event) {
    var a = event.target.closest("a");
    if (!a) { return; }
    event.preventDefault();
    if (a.hasAttribute("data-node")) { focusNode(a.getAttribute("data-node")); }
    if (a.hasAttribute("data-prop")) { showCamps(a.getAttribute("data-prop")); }
  });

  function when(s) {
    if (!s.date) { return "undated"; }
    return s.approximate ? "by " + s.date + (s.earliest ? " (the article gives only a span from " + s.earliest + ")" : " (at the latest)")
      : "on " + s.date;
  }
  function sentenceWithQuote(s) {
    var p = el("p", "sentence"), chars = Array.from(s.sentence), quote = Array.from(s.quote), at = s.quoteAt;
    if (chars.slice(at, at + quote.length).join("") !== s.quote) {
      at = s.sentence.indexOf(s.quote) >= 0 ? Array.from(s.sentence.slice(0, s.sentence.indexOf(s.quote))).length : -1;
    }
    if (at < 0) { return add(p, s.direct ? "“" + s.quote + "”" : s.quote); }
    return add(p, chars.slice(0, at).join(""), el("mark", "", s.quote), chars.slice(at + quote.length).join(""));
  }
  function statementCard(sid) {
    var s = S[sid], card = el("div", "statement");
    if (!s) { return add(card, "statement " + sid + " is not in this view"); }
    var who = actorOf[sid] ? nodeLink(actorOf[sid], s.speakerName) : el("span", "", s.speakerName);
    add(card, add(el("p", "head"), who, " — " + s.type));
    if (actorOf[sid] && actorOf[sid] !== s.speaker && base[actorOf[sid]]) {
      add(card, el("p", "muted", "speaking for " + base[actorOf[sid]].label));
    }
    add(card, el("p", "", s.commitment + (s.factuality ? " (" + s.factuality + ")" : "") + ", " + when(s)));
    var how = s.cue ? "cue: “" + s.cue + "”" : "no cue recorded";
    how += s.chain.length ? "; reported via " + s.chain.join(" → ") : "; reported directly by the article";
    if (s.reportedly) { how += "; the article says “reportedly”"; }
    add(card, el("p", "muted", how));
    add(card, sentenceWithQuote(s));
    add(card, add(el("p", ""), "about: ", propLink(s.proposition)));
    add(card, el("p", "src", "“" + s.article + "”, characters " + s.start + "–" + s.end + (s.direct ? ", direct quote" : ", paraphrase")));
    return card;
  }
  function pathWords(path) {
    var words = [];
    for (var i = 0; i < path.length; i++) {
      if (i % 2 === 0) { words.push("“" + (P[path[i]] ? P[path[i]].text : path[i]) + "”"); } else { words.push(path[i] === "incompatibleWith" ? "is incompatible with" : path[i]); }
    }
    return words.join(" ");
  }

  function showNode(id) {
    var n = base[id];
    if (!n) { return; }
    if (n.kind === "statement") {
      add(openPanel(name(id)), statementCard(n.said[0]));
      return;
    }
    var root = openPanel(n.label);
    var said = (n.said || []).filter(function (s) { return inWindow[s]; });
    add(root, el("p", "muted", n.kind + " · " + said.length + " statement" + (said.length === 1 ? "" : "s") +
      (said.length < (n.said || []).length ? " in the date window (" + n.said.length + " in all)" : "")));
    var ties = edges.get({filter: function (e) { return e.from === id || e.to === id; }});
    if (ties.length) {
      add(root, el("h3", "", "ties"));
      var list = el("ul");
      ties.sort(function (x, y) { return RANK[y.kind] - RANK[x.kind]; }).forEach(function (e) {
        var other = e.from === id ? e.to : e.from, original = edgeById[e.id];
        if (e.kind === "affiliation" || e.kind === "said") {  // no statements behind it: say what it is
          add(list, add(el("li"), nodeLink(other), " — " + (original && original.about ? original.about : e.kind)));
          return;
        }
        var count = original && original.pairs.length ? " (" + pairsInWindow(original).length + " statement pair" + (pairsInWindow(original).length === 1 ? "" : "s") + ")" : "";
        var li = add(el("li"), e.kind + " with ", nodeLink(other), count + " ");
        var more = el("a", "kg-node", "evidence");
        more.href = "#";
        more.addEventListener("click", function (event) { event.preventDefault(); showEdge(e.id); });
        add(list, add(li, more));
      });
      add(root, list);
    }
    if (said.length) { add(root, el("h3", "", "statements")); }
    said.forEach(function (s) { add(root, statementCard(s)); });
  }

  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  function showEdge(id) {
    var e = edgeById[id];
    if (!e) {
      var item = edges.get(id);
      if (!item) { return; }
      var root = openPanel(item.count + " tie" + (item.count === 1 ? "" : "s") + " between " + name(item.from) + " and " + name(item.to));
      var list = el("ul");
      Object.keys(item.counts).sort(function (x, y) { return RANK[y] - RANK[x]; }).forEach(function (kind) {
        add(list, el("li", "", item.counts[kind] + " " + kind + ": " + MEANING[kind]));
      });
      add(root, list, el("p", "muted", "Drawn in the colour of the most serious. Click a cluster to open it and see each tie."));
      return;
    }
    var head = e.kind + ": " + name(e.from) + " – " + name(e.to);
    var root2 = openPanel(head);
    add(root2, el("p", "muted", MEANING[e.kind] || ""));
    add(root2, add(el("p"), nodeLink(e.from), " and ", nodeLink(e.to)));
    if (e.kind === "affiliation" || e.kind === "said") { add(root2, el("p", "", e.about || "")); return; }
    var pairs = pairsInWindow(e);
    add(root2, el("p", "", pairs.length + " statement pair" + (pairs.length === 1 ? "" : "s") +
      (pairs.length < e.pairs.length ? " in the date window (" + e.pairs.length + " in all)" : "")));
    pairs.forEach(function (pair) {
      var box = el("div", "pair");
      add(box, add(el("p"), "on: ", propLink(pair.proposition)));
      if (pair.path.length > 1) { add(box, el("p", "muted", "because " + pathWords(pair.path))); }
      if (pair.independent === false) { add(box, el("p", "muted", "not independent: one reached the article through the other")); }
      add(box, statementCard(pair.a), statementCard(pair.b));
      add(root2, box);
    });
  }

  /* ---------- propositions ---------- */
  function campEntries(pid) {
    var out = [], p = P[pid];
    if (!p) { return out; }
    Object.keys(p.camps).forEach(function (camp) {
      p.camps[camp].forEach(function (entry) {
        var sid = entry[0];
        if (inWindow[sid] && actorOf[sid] && base[actorOf[sid]]) { out.push({camp: camp, statement: sid, through: entry[1], node: actorOf[sid]}); }
      });
    });
    return out;
  }
  function showCamps(pid) {
    var p = P[pid];
    if (!p) { return; }
    var root = openPanel(p.text);
    if (p.paraphrases.length) { add(root, el("p", "muted", "also worded as:"), wordings(p)); }
    if (p.entails.length) { add(root, el("p", "muted", "entails: "), listOf(p.entails)); }
    if (p.incompatible.length) { add(root, el("p", "muted", "incompatible with: "), listOf(p.incompatible)); }
    var entries = campEntries(pid);
    ["asserts", "denies", "cannot confirm"].forEach(function (camp) {
      var here = entries.filter(function (x) { return x.camp === camp; });
      var section = el("section", "camp");
      section.setAttribute("data-camp", camp);
      add(section, el("h3", "", camp + " (" + here.length + ")"));
      var list = el("ul");
      here.forEach(function (x) {
        var s = S[x.statement];
        var li = add(el("li"), nodeLink(x.node, s.speakerName), " — " + s.commitment + ", " + when(s) + ": " + (s.direct ? "“" + s.quote + "”" : s.quote));
        if (x.through !== pid) {
          var how = reaches(x.through, pid) ? "which entails it" : reaches(pid, x.through) ? "which it entails" : "which cannot be true with it";
          add(li, el("span", "muted", " (said of “" + (P[x.through] ? P[x.through].text : x.through) + "”, " + how + ")"));
        }
        add(list, li);
      });
      if (!here.length) { add(list, el("li", "muted", "nobody in this view")); }
      add(root, add(section, list));
    });
    if (state.mode === "actors") {
      state.camp = pid;
      state.focus = null;
      state.tie = null;
      render();
    }
    propositionPicker.value = pid;
  }
  function reaches(from, to) {  // whether ``from`` entails ``to``, directly or through others
    var seen = {}, stack = [from];
    while (stack.length) {
      var p = stack.pop();
      if (p === to) { return true; }
      if (seen[p] || !P[p]) { continue; }
      seen[p] = true;
      stack.push.apply(stack, P[p].entails);
    }
    return false;
  }
  function wordings(p) {  // the other wordings a proposition is known by, each in quotes
    var ul = el("ul", "wordings");
    p.paraphrases.forEach(function (w) { add(ul, el("li", "", "“" + w + "”")); });
    return ul;
  }
  function listOf(pids) {
    var ul = el("ul");
    pids.forEach(function (q) { add(ul, add(el("li"), propLink(q))); });
    return ul;
  }
  var propositionPicker = document.getElementById("kg-proposition");
  Object.keys(P).sort(function (a, b) { return P[a].text.localeCompare(P[b].text); }).forEach(function (pid) {
    var option = el("option", "", P[pid].text);
    option.value = pid;
    propositionPicker.appendChild(option);
  });
  propositionPicker.addEventListener("change", function () {
    if (propositionPicker.value) { showCamps(propositionPicker.value); } else { state.camp = null; render(); }
  });

  var propView = data.propositionView || {nodes: [], edges: []};
  var propNodes = new vis.DataSet(propView.nodes.map(function (n) {
    return {id: n.id, label: n.label, x: n.x, y: n.y, shape: "box", color: {background: "#f4f4f0", border: "#777777"}, margin: 8};
  }));
  var propEdges = new vis.DataSet(propView.edges.map(function (e) {
    return e.kind === "entails" ? {id: e.id, from: e.from, to: e.to, arrows: "to", color: "#444444", width: 1.5, kind: e.kind}
      : {id: e.id, from: e.from, to: e.to, color: "#D55E00", dashes: [6, 4], width: 2, kind: e.kind};
  }));
  function setMode(mode) {
    state.mode = mode;
    document.querySelectorAll("[data-mode]").forEach(function (x) { x.hidden = x.getAttribute("data-mode") !== mode; });
    if (mode === "propositions") {
      network.setData({nodes: propNodes, edges: propEdges});
    } else {
      network.setData({nodes: nodes, edges: edges});
    }
    resized();  // the legend below changed height
    fit();
  }
  document.querySelectorAll("input[name=kg-view]").forEach(function (radio) {
    radio.addEventListener("change", function () { if (radio.checked) { setMode(radio.value); } });
  });

  /* ---------- focus, clusters, search ---------- */
  function expand(key) {
    if (!GROUPS[key]) { return; }
    state.expanded[key] = true;
    render();
  }
  function focusNode(id) {
    if (!base[id]) { if (P[id]) { showCamps(id); } return; }
    if (state.mode !== "actors") { document.querySelector("input[name=kg-view][value=actors]").checked = true; setMode("actors"); }
    if (isCollapsed(base[id])) { state.expanded[base[id].cluster] = true; }
    state.focus = id;
    state.camp = null;
    state.tie = null;
    render();
    if (nodes.get(id)) {
      network.selectNodes([id]);
      glide(function () { network.focus(id, {scale: Math.max(network.getScale(), 1), animation: {duration: 300}}); });
    }
    showNode(id);
  }
  function select(id) {
    if (String(id).indexOf("c:") === 0) {  // open the cluster and move in on its members
      var key = id.slice(2);
      expand(key);
      var members = data.nodes.filter(function (n) { return n.cluster === key && nodes.get(n.id); }).map(function (n) { return n.id; });
      glide(function () { network.fit({nodes: members, maxZoomLevel: 1, animation: {duration: 400}}); });
      return;
    }
    state.focus = id;
    state.camp = null;
    state.tie = null;
    render();
    showNode(id);
  }
  network.on("click", function (p) {
    hideTip();
    if (state.mode === "propositions") {
      if (p.nodes.length) { showCamps(p.nodes[0]); }
      return;
    }
    if (p.nodes.length) {
      select(p.nodes[0]);
    } else if (p.edges.length) {
      state.focus = null;
      state.camp = null;
      state.tie = p.edges[0];
      render();
      showEdge(p.edges[0]);
    } else if (state.focus !== null || state.camp !== null || state.tie !== null) {
      state.focus = null;
      state.camp = null;
      state.tie = null;
      propositionPicker.value = "";
      render();
    }
  });
  network.on("dragEnd", function (p) {
    var at = network.getPositions(p.nodes);
    p.nodes.forEach(function (id) {
      if (base[id]) { base[id].x = Math.round(at[id].x); base[id].y = Math.round(at[id].y); }
    });
  });
  document.getElementById("kg-overview").addEventListener("click", function () {
    state.expanded = {};
    state.focus = null;
    state.tie = null;
    render();
    fit();
  });
  document.getElementById("kg-fit").addEventListener("click", fit);

  var search = document.getElementById("kg-search"), status = document.getElementById("kg-search-status");
  var actorsList = document.getElementById("kg-actors");
  data.nodes.forEach(function (n) {
    if (n.kind === "statement") { return; }
    var option = document.createElement("option");
    option.value = n.label;
    actorsList.appendChild(option);
  });
  function find() {
    var wanted = search.value.trim().toLowerCase();
    hideTip();
    status.textContent = "";
    if (!wanted) { return; }
    var all = data.nodes.filter(function (n) { return n.kind !== "statement"; });
    var hit = all.filter(function (n) { return String(n.id).toLowerCase() === wanted || String(n.label).toLowerCase() === wanted; })[0] ||
      all.filter(function (n) { return String(n.label).toLowerCase().indexOf(wanted) >= 0; })[0];
    if (!hit) { status.textContent = "no actor matches “" + search.value.trim() + "”"; return; }
    focusNode(hit.id);
  }
  var answered = null;  // what Enter has just searched for: the change event the same Enter fires need not search again
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") { answered = search.value; find(); } });
  search.addEventListener("input", function () { answered = null; });
  search.addEventListener("change", function () { if (search.value !== answered) { find(); } answered = null; });

  /* ---------- tie kinds, lonely actors, time ---------- */
  document.querySelectorAll("#kg-toggles input").forEach(function (box) {
    box.addEventListener("change", function () {
      state.hidden[box.getAttribute("data-kind")] = !box.checked;
      render();
    });
  });
  var lonely = document.getElementById("kg-lonely");
  lonely.addEventListener("change", function () { state.lonely = lonely.checked; render(); });

  var from = document.getElementById("kg-from"), until = document.getElementById("kg-until");
  var fromLabel = document.getElementById("kg-from-label"), untilLabel = document.getElementById("kg-until-label");
  var play = document.getElementById("kg-play"), timeStatus = document.getElementById("kg-time-status"), timer = null;
  [from, until].forEach(function (range) { range.min = 0; range.max = lastIndex; });
  function setWindow(lo, hi) {
    state.lo = Math.max(0, Math.min(lo, lastIndex));
    state.hi = Math.max(state.lo, Math.min(hi, lastIndex));
    from.value = state.lo;
    until.value = state.hi;
    fromLabel.textContent = dayText(state.lo);
    untilLabel.textContent = dayText(state.hi);
    render();
    var count = Object.keys(S).filter(function (k) { return inWindow[k]; }).length;
    timeStatus.textContent = windowIsFull() ? "(all " + count + " statements)" : "(" + count + " statements in the window; undated ones hidden)";
    if (!panel.hidden && state.camp) { showCamps(state.camp); }
  }
  from.addEventListener("input", function () { setWindow(+from.value, Math.max(+from.value, state.hi)); });
  until.addEventListener("input", function () { setWindow(Math.min(state.lo, +until.value), +until.value); });
  function stop() { clearInterval(timer); timer = null; play.textContent = "▶ play"; }
  play.addEventListener("click", function () {
    if (timer) { stop(); return; }
    if (state.hi >= lastIndex) { setWindow(state.lo, state.lo); }
    play.textContent = "❚❚ pause";
    var step = Math.max(120, Math.min(700, 30000 / Math.max(1, lastIndex - state.lo)));  // a long story plays in about 30 s
    timer = setInterval(function () {
      if (state.hi >= lastIndex) { stop(); return; }
      setWindow(state.lo, state.hi + 1);
    }, step);
  });
  if (!dates.length) { document.getElementById("kg-time").hidden = true; }
  if (!data.nodes.length) { status.textContent = "nothing to draw: no actor is in this view"; }
  setWindow(0, lastIndex);

  /* ---------- hover preview ---------- */
  function showTip(lines, event) {
    tip.replaceChildren();
    lines.forEach(function (line, i) { tip.appendChild(el("div", i === lines.length - 1 ? "hint" : "", line)); });
    tip.style.display = "block";
    var x = event.clientX, y = event.clientY;
    tip.style.left = Math.max(4, Math.min(x + 14, window.innerWidth - tip.offsetWidth - 8)) + "px";
    tip.style.top = Math.max(4, Math.min(y + 14, window.innerHeight - tip.offsetHeight - 8)) + "px";
  }
  function pointer(p) {
    var e = p.event || {};
    if (e.clientX !== undefined) { return e; }
    if (e.center) { return {clientX: e.center.x, clientY: e.center.y}; }
    var r = container.getBoundingClientRect();
    return {clientX: r.left + p.pointer.DOM.x, clientY: r.top + p.pointer.DOM.y};
  }
  function propositionTip(pid) {
    var p = P[pid];
    if (!p) { return [pid, "click: who asserts, who denies"]; }
    var also = p.paraphrases.map(function (w, i) { return (i ? "or “" : "also worded as “") + w + "”"; });
    return [p.text].concat(also, ["click: who asserts, who denies"]);
  }
  network.on("hoverNode", function (p) {
    if (state.mode === "propositions") { showTip(propositionTip(p.node), pointer(p)); return; }
    var id = p.node;
    if (String(id).indexOf("c:") === 0) { showTip([nodes.get(id).label, "click to open the cluster"], pointer(p)); return; }
    var n = base[id];
    if (!n) { return; }
    if (n.kind === "statement") {
      var s = S[n.said[0]];
      showTip([s.speakerName + ", " + s.type + ", " + (s.date || "undated"), s.commitment, "click for the evidence"], pointer(p));
      return;
    }
    var count = (n.said || []).filter(function (k) { return inWindow[k]; }).length;
    showTip([n.label, n.kind + " · " + count + " statement" + (count === 1 ? "" : "s"), "click for the evidence"], pointer(p));
  });
  network.on("hoverEdge", function (p) {
    if (state.mode === "propositions") { var pe = propEdges.get(p.edge); showTip([pe.kind === "entails" ? "entails" : "incompatible", ""], pointer(p)); return; }
    var item = edges.get(p.edge), e = edgeById[p.edge];
    if (!item) { return; }
    var count = e ? (e.pairs.length ? pairsInWindow(e).length + " statement pair(s)" : e.about) : item.count + " ties";
    showTip([item.kind + ": " + name(item.from) + " – " + name(item.to), count, "click for the evidence"], pointer(p));
  });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);

  /* ---------- export ---------- */
  function download(blob, filename) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }
  function visibleData() {
    var at = network.getPositions(), used = {};
    var ds = state.mode === "propositions" ? {nodes: propNodes, edges: propEdges} : {nodes: nodes, edges: edges};
    var outNodes = ds.nodes.get().map(function (n) {
      var b = base[n.id];
      var out = {id: n.id, label: state.mode === "propositions" ? P[n.id].text : (b ? b.label : n.label),
        kind: n.kind || "proposition", x: at[n.id] ? Math.round(at[n.id].x) : null, y: at[n.id] ? Math.round(at[n.id].y) : null};
      if (state.mode === "propositions") { out.paraphrases = P[n.id].paraphrases; }
      return out;
    });
    var outEdges = ds.edges.get().map(function (item) {
      var e = edgeById[item.id], tie = {from: item.from, to: item.to, kind: item.kind};
      if (e && state.mode === "actors") {
        tie.pairs = pairsInWindow(e).map(function (p) { used[p.a] = used[p.b] = true; return {a: p.a, b: p.b, proposition: p.proposition, path: p.path}; });
        if (e.about) { tie.about = e.about; }
      } else if (item.count) { tie.count = item.count; }
      return tie;
    });
    outNodes.forEach(function (n) { if (base[n.id]) { (base[n.id].said || []).forEach(function (s) { if (inWindow[s]) { used[s] = true; } }); } });
    var statements = {};
    Object.keys(used).forEach(function (k) { if (S[k]) { statements[k] = S[k]; } });
    return {title: data.title, view: state.mode, window: dates.length ? {from: dayText(state.lo), until: dayText(state.hi)} : null,
      hiddenTies: Object.keys(state.hidden).filter(function (k) { return state.hidden[k]; }), nodes: outNodes, ties: outEdges,
      statements: statements};
  }
  document.getElementById("kg-export-json").addEventListener("click", function () {
    download(new Blob([JSON.stringify(visibleData(), null, 2)], {type: "application/json"}), "kg-view.json");
  });
  document.getElementById("kg-export-png").addEventListener("click", function () {
    var canvas = container.querySelector("canvas"), out = document.createElement("canvas");
    out.width = canvas.width;
    out.height = canvas.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    out.toBlob(function (blob) { download(blob, "kg-view.png"); }, "image/png");
  });

  /* what tests and benchmarks call: the same functions a click reaches */
  window.kg = {
    network: network, nodes: nodes, edges: edges, state: state, render: render, setWindow: setWindow, expand: expand,
    focusNode: focusNode, select: select, showNode: showNode, showEdge: showEdge, showCamps: showCamps, visibleData: visibleData,
    dayIndex: dayIndex, setMode: setMode,
    settle: function () { return new Promise(function (resolve) { network.once("afterDrawing", function () { resolve(); }); network.redraw(); }); }
  };
})();
