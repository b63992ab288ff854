// Blocs in the page: a line-by-line port of graphkit.analysis.blocs (Python) to JavaScript, so the page
// can recompute blocs for any period or filter and, for the whole graph, agree with `graphkit query blocs`.
// It keeps the Python algorithm exactly: the same local moves and merges, the same tie-breaks, and the same
// random visiting order, because it also ports Python's random.Random (Mersenne Twister MT19937 seeded by
// init_by_array, and shuffle() drawing with getrandbits). Weights are integers (polarity x count), so the
// sums are exact in both languages. Node ids are compared with < (UTF-16 order), which is Python's order
// except between characters beyond U+FFFF and U+E000-U+FFFF.
// The page runs it in a Web Worker made from this function's own source (see viz.js), so a big graph's
// blocs do not freeze the page; the function must therefore use nothing from outside itself.
function graphkitBlocsModule() {
  "use strict";
  var N = 624, EPS = 1e-12;

  // Python's random.Random(seed) for 0 <= seed < 2**32: key = [seed], init_by_array(key).
  function PyRandom(seed) {
    var mt = new Uint32Array(N), index = N;
    function initGenrand(s) {
      mt[0] = s >>> 0;
      for (var i = 1; i < N; i++) {
        var prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
        mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
      }
    }
    initGenrand(19650218);
    var key = [seed >>> 0], i = 1, j = 0, k;
    for (k = Math.max(N, key.length); k > 0; k--) {
      var p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (k = N - 1; k > 0; k--) {
      var q = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(q, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;

    function twist() {
      for (var kk = 0; kk < N; kk++) {
        var y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
        mt[kk] = mt[(kk + 397) % N] ^ (y >>> 1) ^ ((y & 1) ? 0x9908b0df : 0);
      }
      index = 0;
    }
    function uint32() {
      if (index >= N) twist();
      var y = mt[index++];
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      return y >>> 0;
    }
    function randbelow(n) {  // _randbelow_with_getrandbits, n < 2**31
      var bits = 32 - Math.clz32(n), r = uint32() >>> (32 - bits);
      while (r >= n) r = uint32() >>> (32 - bits);
      return r;
    }
    return {
      uint32: uint32,
      shuffle: function (x) {
        for (var a = x.length - 1; a > 0; a--) {
          var b = randbelow(a + 1), t = x[a];
          x[a] = x[b];
          x[b] = t;
        }
        return x;
      }
    };
  }

  // The graph as arrays over node indices in sorted-id order (so index order is Python's id order):
  // the neighbours of node i are nbr[start[i]] .. nbr[start[i + 1] - 1], with weights w[...].
  function localSearch(n, g, rng, maxSweeps) {
    var assignment = new Int32Array(n), fresh = n, i;
    for (i = 0; i < n; i++) assignment[i] = i;
    var pull = new Float64Array(2 * n + 1), touched = new Int32Array(n), order = new Array(n);
    for (;;) {
      for (i = 0; i < n; i++) order[i] = i;  // Python shuffles a fresh copy of the sorted nodes each round
      rng.shuffle(order);
      for (var sweep = 0; sweep < maxSweeps; sweep++) {
        var moved = false;
        for (var o = 0; o < n; o++) {
          var v = order[o], own = assignment[v], count = 0, e, c;
          if (fresh + 1 >= pull.length) pull = grow(pull);
          for (e = g.start[v]; e < g.start[v + 1]; e++) {
            c = assignment[g.nbr[e]];
            if (pull[c] === 0 && !seen(touched, count, c)) touched[count++] = c;
            pull[c] += g.w[e];
          }
          // Options: stay, join the bloc pulling hardest, or leave for a new bloc (pull 0).
          var labels = touched.subarray(0, count).slice().sort();
          var best = own, bestPull = pull[own];
          for (var l = 0; l < count; l++) {
            if (pull[labels[l]] > bestPull + EPS) { best = labels[l]; bestPull = pull[labels[l]]; }
          }
          for (l = 0; l < count; l++) pull[labels[l]] = 0;
          if (bestPull < -EPS) { best = fresh; fresh += 1; }
          if (best !== own) { assignment[v] = best; moved = true; }
        }
        if (!moved) break;
      }
      if (!mergeBest(n, g, assignment)) return assignment;
    }
  }
  function seen(list, count, c) {  // a label whose pull summed back to exactly 0 may already be listed
    for (var i = 0; i < count; i++) if (list[i] === c) return true;
    return false;
  }
  function grow(array) {
    var bigger = new Float64Array(array.length * 2);
    bigger.set(array);
    return bigger;
  }

  function mergeBest(n, g, assignment) {
    var between = new Map(), found = false, keep = 0, drop = 0, weight = 0;
    for (var a = 0; a < n; a++) {
      var ca = assignment[a];
      for (var e = g.start[a]; e < g.start[a + 1]; e++) {
        var b = g.nbr[e], cb = assignment[b];
        if (a < b && ca !== cb) {
          var key = Math.min(ca, cb) * 4294967296 + Math.max(ca, cb);
          between.set(key, (between.get(key) || 0) + g.w[e]);
        }
      }
    }
    // max by (weight, -lo, -hi): the heaviest pair, ties to the smallest labels.
    between.forEach(function (w, key) {
      var lo = Math.floor(key / 4294967296), hi = key - lo * 4294967296;
      if (!found || w > weight || (w === weight && (lo < keep || (lo === keep && hi < drop)))) {
        found = true; weight = w; keep = lo; drop = hi;
      }
    });
    if (!found || weight <= EPS) return false;
    for (var i = 0; i < n; i++) if (assignment[i] === drop) assignment[i] = keep;
    return true;
  }

  function disagreement(n, g, assignment) {
    var cost = 0;
    for (var a = 0; a < n; a++) {
      for (var e = g.start[a]; e < g.start[a + 1]; e++) {
        if (a < g.nbr[e]) {
          var w = g.w[e];
          cost += assignment[a] === assignment[g.nbr[e]] ? Math.max(-w, 0) : Math.max(w, 0);
        }
      }
    }
    return cost;
  }

  function compressed(sorted, ties) {
    var index = new Map(), n = sorted.length, degree = new Int32Array(n + 1);
    sorted.forEach(function (id, i) { index.set(id, i); });
    var kept = ties.filter(function (t) { return t[2]; });
    kept.forEach(function (t) { degree[index.get(t[0])] += 1; degree[index.get(t[1])] += 1; });
    var start = new Int32Array(n + 1), fill = new Int32Array(n);
    for (var i = 0; i < n; i++) start[i + 1] = start[i] + degree[i];
    var nbr = new Int32Array(start[n]), w = new Float64Array(start[n]);
    kept.forEach(function (t) {
      var a = index.get(t[0]), b = index.get(t[1]);
      nbr[start[a] + fill[a]] = b; w[start[a] + fill[a]++] = t[2];
      nbr[start[b] + fill[b]] = a; w[start[b] + fill[b]++] = t[2];
    });
    return { start: start, nbr: nbr, w: w };
  }

  function compareGroups(a, b) {  // Python's key (-len(g), g)
    if (a.length !== b.length) return b.length - a.length;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  }

  // nodes: the signed graph's node ids; ties: [a, b, weight] (one per pair). Returns the blocs as arrays of
  // node ids (sorted), largest first, exactly as graphkit.analysis.blocs numbers them.
  function blocs(nodes, ties, options) {
    options = options || {};
    var seed = options.seed || 0, restarts = Math.max(options.restarts || 8, 1);
    var maxSweeps = options.maxSweeps || 100;
    var sorted = nodes.slice().sort(), n = sorted.length, g = compressed(sorted, ties);
    var rng = PyRandom(seed), best = null, bestCost = 0;
    for (var r = 0; r < restarts; r++) {
      var assignment = localSearch(n, g, rng, maxSweeps);
      var cost = disagreement(n, g, assignment);
      if (best === null || cost < bestCost - EPS) { best = assignment; bestCost = cost; }
    }
    var groups = new Map();
    sorted.forEach(function (id, i) {
      if (!groups.has(best[i])) groups.set(best[i], []);
      groups.get(best[i]).push(id);
    });
    return Array.from(groups.values()).sort(compareGroups);
  }

  return { blocs: blocs, PyRandom: PyRandom };
}
var graphkitBlocs = graphkitBlocsModule();
