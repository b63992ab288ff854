"""Training the relation model from gold folders (``graphkit train``).

One logistic regression per relation (one-vs-rest: a pair can be both SANCTIONS and OPPOSES) over the
candidates' symbolic features and contextual vectors, with fixed seeds so that the same corpus gives
the same model. Held-out scores (out-of-fold scores of the training conflicts, and the validation
folder's) then fit each relation's calibration (Platt scaling of the scores), choose the relations'
thresholds for adding triples where the rules are silent, and the level below which a rule triple is
vetoed.

Training needs scikit-learn (the ``train`` extra); using a model needs only numpy.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from spacy.language import Language

from .. import __version__
from ..errors import GraphkitError, install_hint
from ..evaluate import Score
from ..ontology import RELATIONS, SYMMETRIC
from .gold import Example, Examples, GoldArticle, examples, gold_triples, read_gold
from .model import RelationModel, bar_key

THRESHOLDS = tuple(round(float(t), 2) for t in np.arange(0.2, 0.96, 0.05))
# The triples the model adds (all relations together) must be at least this precise on held-out articles:
# the model is there for recall, but not at any price. The lowest of BARS at which the hybrid stayed within
# 0.01 of the rules' precision on validation (0.725 against 0.728; at 0.60, 0.703) and the development set
# above the rules' typed and stance F1 (0.746 / 0.834 against 0.735 / 0.830; docs/model.md, "Sixth round").
MIN_ADDED_PRECISION = 0.65
# The logistic regressions' inverse regularisation. 0.25 was chosen at 535 training articles (0.5 within 0.001
# then); at 1,109 the sets it was chosen on (validation, heldout15–17) read a little better at 0.5 (+0.003 typed
# F1 on average, never worse; 1.0 no better), as did heldout2–4 (docs/model.md, "Thirteenth round").
REGULARISATION = 0.5
# The other bars a model keeps thresholds for: a user who wants more relations, less surely, or fewer
# and surer, picks one at extraction time (``--model-precision``) without retraining.
BARS = tuple(round(float(b), 2) for b in np.arange(0.5, 0.91, 0.05))
NO_THRESHOLD = 1.01  # above every probability: the relation adds nothing
CHOICES = THRESHOLDS + (NO_THRESHOLD,)
COSTS = tuple(round(float(c), 2) for c in np.arange(0.5, 6.01, 0.1))  # prices of a wrong addition, in right ones
# Vetoes are kept mild: on real news (the development set) the rules are better calibrated than a model
# trained on the written corpus. A veto of 0.05 cost 0.03 typed precision there; one of 0.02 dropped one
# right rule triple in eight on validation (+0.001 F1) and a right one on the development set.
VETOES = (0.0, 0.01)
RELIABILITY_BINS = 10
FOLDS = 5  # out-of-fold models whose scores, with validation's, set calibration and thresholds
# Random halves of the held-out articles that each choose thresholds; a relation's threshold is the median
# of their choices. Chosen on all articles at once, the thresholds jumped between retrainings that differed
# by a few rule fixes (one price of a wrong addition or the next wins by a hair); see stable_thresholds.
SUBSAMPLES = 25
MIN_HALVED_ARTICLES = 10  # fewer held-out articles than this: halves too small to choose anything


@dataclass
class TrainReport:
    """What training measured: ``scores`` and ``reliability`` on the validation candidates (sentence by
    sentence, before de-duplication); ``bars`` and ``rules_per_article`` per article, on all held-out
    articles (out-of-fold and validation). The veto is chosen once, at the model's own bar, and shared by
    every bar."""

    train_articles: int
    validation_articles: int
    train_candidates: int
    validation_candidates: int
    reachable: float  # share of gold (fact, sentence) occurrences that are candidate pairs
    scores: dict[str, dict[str, Any]] = field(default_factory=dict)  # rules | model | hybrid -> micro + per relation
    reliability: list[dict[str, float]] = field(default_factory=list)
    # Precision bar -> the hybrid's score per article on all held-out articles, and the rules' alone there
    bars: dict[float, dict[str, Any]] = field(default_factory=dict)
    rules_per_article: dict[str, Any] = field(default_factory=dict)


def corpus_hash(folders: Sequence[str | os.PathLike]) -> str:
    """A hash of the gold files' contents: the model records exactly what it was trained on."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(Path(folder).glob("*.json")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def train_model(nlp: Language, gold: str | os.PathLike | Sequence[str | os.PathLike],
                validation: str | os.PathLike | None = None, *,
                seed: int = 0, min_count: int = 2, c: float = REGULARISATION, dense: bool = False,
                min_added_precision: float | None = None, folds: int = FOLDS,
                subsamples: int = SUBSAMPLES) -> tuple[RelationModel, TrainReport]:
    """Train on the gold folder *gold* (or folders); calibrate and choose thresholds on held-out scores.

    The held-out scores are those of *folds* models each trained without a part of the training
    conflicts (out-of-fold), together with the final model's scores on *validation* when given: the
    thresholds then rest on every annotated article, not on the validation split alone, whose 85 articles
    let a threshold fit their own quirks (:func:`out_of_fold_scores`). The triples the model adds must be
    at least *min_added_precision* precise on those scores (default :data:`MIN_ADDED_PRECISION`). *dense*
    adds the contextual token vectors to the symbolic features; on the validation split they made the
    model slower and no better (see ``bench/relation_models.py``), so they are off by default.
    *subsamples*: see :func:`stable_thresholds`.
    """
    try:
        from sklearn.linear_model import LogisticRegression  # noqa: F401  (checked before the slow parse)
    except ModuleNotFoundError:
        raise GraphkitError(f"training needs scikit-learn: {install_hint('train')}") from None
    folders = [gold] if isinstance(gold, (str, os.PathLike)) else list(gold)
    train = Corpus.of(nlp, _read_folders(folders))
    held = Corpus.of(nlp, read_gold(validation) if validation is not None else [])
    if not train.examples.items:
        raise GraphkitError(f"no candidate pairs in {', '.join(map(str, folders))}: the articles name fewer than "
                            "two actors per sentence")
    trained_on = corpus_hash(folders + ([validation] if validation else []))
    return fit_model(train, held, trained_on=trained_on,
                     seed=seed, min_count=min_count, c=c, dense=dense, min_added_precision=min_added_precision,
                     folds=folds, subsamples=subsamples)


def _read_folders(folders: Sequence[str | os.PathLike]) -> list[GoldArticle]:
    """The gold articles of every folder; an article in two folders would be trained on twice."""
    articles = [article for folder in folders for article in read_gold(folder)]
    seen: set[str] = set()
    for article in articles:
        if article.doc_id in seen:
            raise GraphkitError(f"article {article.doc_id} is in more than one gold folder")
        seen.add(article.doc_id)
    return articles


@dataclass(frozen=True)
class Corpus:
    """Gold articles with their labelled candidates: what training reads of a folder once it is parsed."""

    articles: list[GoldArticle]
    examples: Examples

    @classmethod
    def of(cls, nlp: Language, articles: list[GoldArticle]) -> "Corpus":
        """The *articles* parsed into their labelled candidates."""
        return cls(articles, examples(nlp, articles))


def fit_model(train: Corpus, validation: Corpus, *, trained_on: str, seed: int = 0, min_count: int = 2,
              c: float = REGULARISATION, dense: bool = False, min_added_precision: float | None = None,
              folds: int = FOLDS, subsamples: int = SUBSAMPLES) -> tuple[RelationModel, TrainReport]:
    """:func:`train_model` once the folders are parsed (a benchmark fits many models on one parse)."""
    if min_added_precision is None:
        min_added_precision = MIN_ADDED_PRECISION
    train_ex, val_ex = train.examples, validation.examples
    fit = _Fitting(min_count=min_count, c=c, dense=dense, seed=seed)
    vocabulary, mean, scale, weights, bias = fit(train_ex.items)
    model = RelationModel(RELATIONS, vocabulary, weights, bias, mean, scale,
                          np.tile([1.0, 0.0], (len(RELATIONS), 1)), {r: 0.5 for r in RELATIONS})
    groups = {a.doc_id: a.group for a in train.articles}
    held_out = out_of_fold_scores(train_ex.items, [groups[ex.doc_id] for ex in train_ex.items], fit, folds, seed)
    reported = val_ex if val_ex.items else train_ex
    reachable = round(reported.reachable / reported.gold_sentence_facts, 3) if reported.gold_sentence_facts else 0.0
    report = TrainReport(len(train.articles), len(validation.articles), len(train_ex.items), len(val_ex.items),
                         reachable)
    if val_ex.items:
        held_out.append((val_ex.items, raw_scores(model, val_ex.items)))
    if held_out:
        _tune(model, held_out, gold_triples(train.articles + validation.articles), report, seed=seed,
              min_added_precision=min_added_precision, subsamples=subsamples)
    model.meta = {"graphkit": __version__, "trained_on": trained_on,
                  "train_articles": len(train.articles), "validation_articles": len(validation.articles),
                  "seed": seed, "min_count": min_count, "c": c, "dense": dense, "vocabulary": len(vocabulary),
                  "folds": folds, "min_added_precision": min_added_precision, "subsamples": subsamples,
                  "validation_scores": {k: v["micro"] for k, v in report.scores.items()},
                  "held_out_by_bar": {bar_key(bar): score for bar, score in sorted(report.bars.items())}}
    return model, report


@dataclass(frozen=True)
class _Fitting:
    """One fit of the classifiers on some candidates: vocabulary, dense scaling, weights and biases."""

    min_count: int
    c: float
    dense: bool
    seed: int

    def __call__(self, items: list[Example]):
        vocabulary = _vocabulary(items, self.min_count)
        mean, scale = _dense_scaling(items) if self.dense else (np.zeros(0), np.ones(0))
        weights, bias = _fit(items, vocabulary, mean, scale, seed=self.seed, c=self.c)
        return vocabulary, mean, scale, weights, bias


def out_of_fold_scores(items: list[Example], groups: list[str], fit: _Fitting, folds: int,
                       seed: int) -> list[tuple[list[Example], np.ndarray]]:
    """Each fold's candidates with the raw scores of a model trained on the other folds.

    Folds are whole groups (conflicts), shuffled with *seed*: a fold's scores then measure transfer to
    conflicts the model has not seen, as extraction meets them. Thresholds chosen on the validation split
    alone did not hold on unseen conflicts: with half of validation's conflicts choosing and the other
    half measuring, the additions were 0.62-0.67 precise for a bar of 0.75-0.8; with these scores
    choosing, 0.77-0.82 (docs/model.md, "Fifth round").
    """
    names = sorted(set(groups))
    if folds < 2 or len(names) < 2:
        return []
    order = np.random.RandomState(seed).permutation(len(names))
    fold_of = {names[k]: rank % folds for rank, k in enumerate(order)}
    assigned = np.array([fold_of[g] for g in groups])
    scored = []
    for k in range(min(folds, len(names))):
        inside = [ex for ex, f in zip(items, assigned) if f != k]
        outside = [ex for ex, f in zip(items, assigned) if f == k]
        if not inside or not outside:
            continue
        scored.append((outside, _scores(outside, *fit(inside))))
    return scored


def _vocabulary(items: list[Example], min_count: int) -> dict[str, int]:
    counts = Counter(f for ex in items for f in set(ex.features))
    kept = sorted(f for f, n in counts.items() if n >= min_count)
    return {f: k for k, f in enumerate(kept)}


def _dense_scaling(items: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    dense = np.vstack([ex.dense for ex in items]).astype(np.float64)
    scale = dense.std(axis=0)
    return dense.mean(axis=0), np.where(scale > 1e-6, scale, 1.0)


def design_matrix(items: list[Example], vocabulary: dict[str, int], mean: np.ndarray, scale: np.ndarray):
    """The candidates as a sparse matrix: one column per known feature, then the scaled dense vector."""
    from scipy import sparse

    rows, cols = [], []
    for k, ex in enumerate(items):
        index = sorted({vocabulary[f] for f in ex.features if f in vocabulary})
        rows.extend([k] * len(index))
        cols.extend(index)
    symbolic = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(items), len(vocabulary)))
    if not mean.shape[0]:
        return symbolic
    dense = (np.vstack([ex.dense[:mean.shape[0]] for ex in items]) - mean) / scale
    return sparse.hstack([symbolic, sparse.csr_matrix(dense)], format="csr")


def labels(items: list[Example]) -> np.ndarray:
    return np.array([[r in ex.labels for r in RELATIONS] for ex in items], dtype=bool)


def _fit(items: list[Example], vocabulary: dict[str, int], mean: np.ndarray, scale: np.ndarray, *,
         seed: int, c: float) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    X, Y = design_matrix(items, vocabulary, mean, scale), labels(items)
    weights = np.zeros((X.shape[1], len(RELATIONS)))
    bias = np.full(len(RELATIONS), -10.0)  # a relation never seen in training is never predicted
    for k in range(len(RELATIONS)):
        if Y[:, k].any() and not Y[:, k].all():
            fit = LogisticRegression(C=c, solver="liblinear", max_iter=500, random_state=seed).fit(X, Y[:, k])
            weights[:, k], bias[k] = fit.coef_[0], fit.intercept_[0]
    return weights, bias


def raw_scores(model: RelationModel, items: list[Example]) -> np.ndarray:
    return _scores(items, model.vocabulary, model.dense_mean, model.dense_scale, model.weights, model.bias)


def _scores(items: list[Example], vocabulary: dict[str, int], mean: np.ndarray, scale: np.ndarray,
            weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Each candidate's raw score per relation under one fit (a :class:`_Fitting`'s result)."""
    return np.asarray(design_matrix(items, vocabulary, mean, scale) @ weights) + bias


def _tune(model: RelationModel, held_out: list[tuple[list[Example], np.ndarray]], gold_counts: Counter[str],
          report: TrainReport, *, seed: int, min_added_precision: float = MIN_ADDED_PRECISION,
          subsamples: int = SUBSAMPLES) -> None:
    """Calibration, thresholds and veto from the held-out scores (of the articles whose gold triples per
    relation are *gold_counts*); the report's scores on the last of them (the validation candidates, else
    the out-of-fold ones)."""
    from sklearn.linear_model import LogisticRegression

    z = np.vstack([scores for _, scores in held_out])
    items = [ex for part, _ in held_out for ex in part]
    Y = labels(items)
    rules = np.array([[r in ex.rules for r in RELATIONS] for ex in items], dtype=bool)
    for k in range(len(RELATIONS)):
        if Y[:, k].any() and not Y[:, k].all():
            platt = LogisticRegression(C=1e4, solver="lbfgs", random_state=seed).fit(z[:, k:k + 1], Y[:, k])
            model.calibration[k] = (platt.coef_[0][0], platt.intercept_[0])
    a, b = model.calibration[:, 0], model.calibration[:, 1]
    P = 1.0 / (1.0 + np.exp(-(a * z + b)))
    columns = article_columns(items, P, gold_counts)
    report.rules_per_article = _column_score(columns, np.full(len(columns), NO_THRESHOLD)).to_dict()
    chosen = {bar: stable_thresholds(columns, bar, seed=seed, subsamples=subsamples)
              for bar in sorted({*BARS, min_added_precision})}
    for bar, thresholds in chosen.items():
        model.bars[bar] = dict(zip(RELATIONS, thresholds.tolist()))
        report.bars[bar] = _column_score(columns, thresholds).to_dict()
    t = chosen[min_added_precision]
    model.thresholds = dict(model.bars[min_added_precision])
    model.veto = max(VETOES, key=lambda v: (_counts((rules & (P >= v)) | (P >= t), Y).f1, -v))
    shown = slice(len(items) - len(held_out[-1][0]), len(items)) if report.validation_articles else slice(None)
    P, Y, rules = P[shown], Y[shown], rules[shown]
    hybrid = (rules & (P >= model.veto)) | (P >= t)
    only_model = P >= t
    for name, predicted in (("rules", rules), ("model", only_model), ("hybrid", hybrid)):
        report.scores[name] = {"micro": _counts(predicted, Y).to_dict(),
                               "per_relation": {r: _counts(predicted[:, k], Y[:, k]).to_dict()
                                                for k, r in enumerate(RELATIONS)}}
    report.reliability = _reliability(P, Y)


@dataclass(frozen=True)
class Column:
    """One relation's held-out decisions at the level evaluation counts: per article and pair of gold
    entities (either order for a symmetric relation), the model's highest probability in any of its
    sentences, whether the gold states the relation in the article, and whether the rules found it there."""

    p: np.ndarray
    gold: np.ndarray
    rules: np.ndarray
    missed: int = 0  # the relation's gold triples that no candidate pair reaches (false negatives whatever t is)
    article: np.ndarray | None = None  # each key's article, numbered from 0 (None: not known, candidate_columns)

    def part(self, inside: np.ndarray) -> "Column":
        """The column of the articles *inside* (a mask over article numbers, at least one inside); the
        unreachable gold is shared out in proportion to the articles, an approximation (it is counted per
        relation, not per article)."""
        if self.article is None:
            raise ValueError("a column without articles cannot be split by article")
        rows = inside[self.article]
        return Column(self.p[rows], self.gold[rows], self.rules[rows], round(self.missed * inside.mean()),
                      self.article[rows])


def article_columns(items: list[Example], P: np.ndarray, gold_counts: Counter[str]) -> list[Column]:
    """Each relation's :class:`Column` for candidates *items* scored *P*; *gold_counts* are the gold triples
    per relation of the articles the items come from (:func:`graphkit.relmodel.gold.gold_triples`)."""
    # Evaluation's keys: the gold entity (an actor the gold does not know stays its own), and no pair of
    # two actors the gold counts as one entity.
    kept = [k for k, ex in enumerate(items) if ex.gold_names[0] is None or ex.gold_names[0] != ex.gold_names[1]]
    ordered = [(items[k].doc_id, items[k].gold_names[0] or "?" + items[k].subject_id,
                items[k].gold_names[1] or "?" + items[k].object_id) for k in kept]
    keys = {False: _key_index(ordered), True: _key_index([(d, *sorted((s, o))) for d, s, o in ordered])}
    documents: dict[str, int] = {}
    document = np.array([documents.setdefault(d, len(documents)) for d, _, _ in ordered], dtype=np.intp)
    columns = []
    for k, relation in enumerate(RELATIONS):
        index, n = keys[relation in SYMMETRIC]
        p, gold, rules = np.zeros(n), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
        article = np.zeros(n, dtype=np.intp)
        article[index] = document
        np.maximum.at(p, index, P[kept, k])
        np.logical_or.at(gold, index, [relation in items[j].article_labels for j in kept])
        np.logical_or.at(rules, index, [relation in items[j].rules for j in kept])
        columns.append(Column(p, gold, rules, max(0, gold_counts[relation] - int(gold.sum())), article))
    return columns


def candidate_columns(P: np.ndarray, Y: np.ndarray, rules: np.ndarray) -> list[Column]:
    """Columns of candidates counted one by one (each row its own key; nothing unreachable): for comparing
    model families on the same candidates (``bench/``)."""
    return [Column(P[:, k], Y[:, k], rules[:, k]) for k in range(P.shape[1])]


def _key_index(keys: list[tuple[str, str, str]]) -> tuple[np.ndarray, int]:
    """Each row's key number, and how many distinct keys there are."""
    number: dict[tuple[str, str, str], int] = {}
    index = np.array([number.setdefault(key, len(number)) for key in keys], dtype=np.intp)
    return index, len(number)


def joint_thresholds(columns: Sequence[Column], min_added_precision: float) -> np.ndarray:
    """Each relation's threshold: together, the best hybrid F1 whose added triples are precise enough.

    Both are counted per article, as evaluation counts them (:func:`article_columns`): counted per
    sentence, a model triple the gold records in another sentence of the article only was wrong, and a
    right one stated in two sentences was right twice.
    The bar holds for the additions of all relations together, not relation by relation: a relation the
    model reads well may then add more, and one it reads poorly less (candidate-level F1 on validation
    +0.009 over a bar per relation). Each price *cost* of a wrong addition gives, per relation, the
    threshold with the most right additions less *cost* times the wrong ones; among the prices that keep
    the additions precise enough, the best F1 wins.
    """
    counts = [_added_counts(c.p, c.gold, c.rules) for c in columns]
    best = np.full(len(columns), NO_THRESHOLD)
    best_f1 = _column_score(columns, best).f1
    for cost in COSTS:
        t = np.array([max(zip(right - cost * wrong, CHOICES))[1] if right.any() else NO_THRESHOLD
                      for right, wrong in counts])
        if not _keeps_bar(columns, t, min_added_precision):
            continue
        f1 = _column_score(columns, t).f1
        if f1 > best_f1:
            best, best_f1 = t, f1
    return best


def stable_thresholds(columns: Sequence[Column], min_added_precision: float, *, seed: int,
                      subsamples: int = SUBSAMPLES) -> np.ndarray:
    """:func:`joint_thresholds` chosen on *subsamples* random halves of the articles, each relation's
    threshold the median of the halves' choices (the lower middle one: always a threshold of the grid).

    The best F1 under the bar is a flat optimum: chosen once, on all articles, a relation's threshold
    moved by 0.1 or more between retrainings that differed by a few rule fixes (docs/model.md, "Eleventh
    round"). The median of many halves' choices moves only when most halves agree that it should. Taken
    relation by relation, though, the medians no longer keep the bar jointly: when their additions on all
    the articles fall below it, or there are too few articles to halve, or *subsamples* is 0, the choice
    is made once, on all of them.
    """
    if subsamples < 1 or not columns or columns[0].article is None:
        return joint_thresholds(columns, min_added_precision)
    articles = int(max((c.article.max() for c in columns if len(c.article)), default=-1)) + 1
    if articles < MIN_HALVED_ARTICLES:
        return joint_thresholds(columns, min_added_precision)
    rng = np.random.RandomState(seed)
    choices = np.sort(np.vstack([joint_thresholds([c.part(half) for c in columns], min_added_precision)
                                 for half in (rng.permutation(articles) < articles // 2 for _ in range(subsamples))]),
                      axis=0)
    median = choices[(subsamples - 1) // 2]
    if _keeps_bar(columns, median, min_added_precision):
        return median
    return joint_thresholds(columns, min_added_precision)


def _keeps_bar(columns: Sequence[Column], t: np.ndarray, min_added_precision: float) -> bool:
    """Whether the triples thresholds *t* add where the rules are silent are precise enough (or none)."""
    added = sum((_counts((c.p >= tk) & ~c.rules, c.gold) for c, tk in zip(columns, t)), Score())
    return not added.tp + added.fp or added.precision >= min_added_precision


def _column_score(columns: Sequence[Column], t: np.ndarray) -> Score:
    """The hybrid's score over *columns* with thresholds *t* (the veto aside)."""
    return sum((_counts(c.rules | (c.p >= tk), c.gold) + Score(fn=c.missed) for c, tk in zip(columns, t)), Score())


def _added_counts(p: np.ndarray, gold: np.ndarray, rules: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Right and wrong additions (where the rules are silent) at each of :data:`CHOICES`."""
    silent = ~rules
    right = np.array([int(((p >= t) & silent & gold).sum()) for t in CHOICES])
    wrong = np.array([int(((p >= t) & silent & ~gold).sum()) for t in CHOICES])
    return right, wrong


def _counts(predicted: np.ndarray, gold: np.ndarray) -> Score:
    return Score(int((predicted & gold).sum()), int((predicted & ~gold).sum()), int((~predicted & gold).sum()))


def _reliability(P: np.ndarray, Y: np.ndarray) -> list[dict[str, float]]:
    """Mean predicted probability against observed frequency, in equal-width bins over all relations."""
    p, y = P.ravel(), Y.ravel()
    rows = []
    for k in range(RELIABILITY_BINS):
        low, high = k / RELIABILITY_BINS, (k + 1) / RELIABILITY_BINS
        inside = (p >= low) & ((p < high) if k < RELIABILITY_BINS - 1 else (p <= high))
        if inside.any():
            rows.append({"bin": f"{low:.1f}-{high:.1f}", "candidates": int(inside.sum()),
                         "predicted": round(float(p[inside].mean()), 3), "observed": round(float(y[inside].mean()), 3)})
    return rows
