// Blocs in the page: a line-by-line port of graphkit.analysis.blocs (Python) to JavaScript, so the page
// can recompute blocs for any period or filter and, for the whole graph, agree with `graphkit query blocs`.
// It keeps the Python algorithm exactly: the same local moves and merges, the same tie-breaks, and the same
// random visiting order, because it also ports Python's random.Random (Mersenne Twister MT19937 seeded by
// init_by_array, and shuffle() drawing with getrandbits). Weights are integers (polarity x count), so the
// sums are exact in both languages. Node ids are compared with < (UTF-16 order), which is Python's order
// except between characters beyond U+FFFF and U+E000-U+FFFF.
var graphkitBlocs = (function () {
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

  function byNumber(a, b) { return a - b; }

  function localSearch(nodes, adjacency, rng, maxSweeps) {
    var assignment = {}, fresh = nodes.length;
    nodes.forEach(function (n, i) { assignment[n] = i; });
    for (;;) {
      var order = rng.shuffle(nodes.slice());
      for (var sweep = 0; sweep < maxSweeps; sweep++) {
        var moved = false;
        for (var o = 0; o < order.length; o++) {
          var n = order[o], own = assignment[n], pull = {}, labels = [];
          adjacency[n].forEach(function (pair) {
            var c = assignment[pair[0]];
            if (!(c in pull)) { pull[c] = 0; labels.push(c); }
            pull[c] += pair[1];
          });
          // Options: stay, join the bloc pulling hardest, or leave for a new bloc (pull 0).
          var best = own, bestPull = own in pull ? pull[own] : 0;
          labels.sort(byNumber).forEach(function (c) {
            if (pull[c] > bestPull + EPS) { best = c; bestPull = pull[c]; }
          });
          if (bestPull < -EPS) { best = fresh; fresh += 1; }
          if (best !== own) { assignment[n] = best; moved = true; }
        }
        if (!moved) break;
      }
      if (!mergeBest(nodes, adjacency, assignment)) return assignment;
    }
  }

  function mergeBest(nodes, adjacency, assignment) {
    var between = {}, found = false, keep = 0, drop = 0, weight = -Infinity;
    nodes.forEach(function (a) {
      adjacency[a].forEach(function (pair) {
        var b = pair[0], ca = assignment[a], cb = assignment[b];
        if (a < b && ca !== cb) {
          var lo = Math.min(ca, cb), hi = Math.max(ca, cb), key = lo + "," + hi;
          between[key] = (between[key] || 0) + pair[1];
        }
      });
    });
    // max by (weight, -lo, -hi): the heaviest pair, ties to the smallest labels.
    Object.keys(between).forEach(function (key) {
      var parts = key.split(",").map(Number), w = between[key];
      if (!found || w > weight || (w === weight && (parts[0] < keep || (parts[0] === keep && parts[1] < drop)))) {
        found = true; weight = w; keep = parts[0]; drop = parts[1];
      }
    });
    if (!found || weight <= EPS) return false;
    nodes.forEach(function (n) { if (assignment[n] === drop) assignment[n] = keep; });
    return true;
  }

  function disagreement(nodes, adjacency, assignment) {
    var cost = 0;
    nodes.forEach(function (a) {
      adjacency[a].forEach(function (pair) {
        if (a < pair[0]) {
          var w = pair[1];
          cost += assignment[a] === assignment[pair[0]] ? Math.max(-w, 0) : Math.max(w, 0);
        }
      });
    });
    return cost;
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
    var sorted = nodes.slice().sort(), adjacency = {};
    sorted.forEach(function (n) { adjacency[n] = []; });
    ties.forEach(function (t) {
      if (t[2]) { adjacency[t[0]].push([t[1], t[2]]); adjacency[t[1]].push([t[0], t[2]]); }
    });
    var rng = PyRandom(seed), best = null, bestCost = 0;
    for (var r = 0; r < restarts; r++) {
      var assignment = localSearch(sorted, adjacency, rng, maxSweeps);
      var cost = disagreement(sorted, adjacency, assignment);
      if (best === null || cost < bestCost - EPS) { best = assignment; bestCost = cost; }
    }
    var groups = {}, labels = [];
    sorted.forEach(function (n) {
      var c = best[n];
      if (!(c in groups)) { groups[c] = []; labels.push(c); }
      groups[c].push(n);
    });
    return labels.map(function (c) { return groups[c]; }).sort(compareGroups);
  }

  return { blocs: blocs, PyRandom: PyRandom };
})();
