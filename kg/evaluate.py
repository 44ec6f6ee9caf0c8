"""``kg eval``: how good is a draft annotation, measured against a reviewed one.

A draft statement matches a gold statement when their evidence spans overlap (each used
once, largest overlap first) and they name the same speaker. Precision, recall and F1
count those matches; speaker accuracy is measured over every span match; the accuracy
of type, polarity, certainty and date over the matched statements (``None``, printed
``n/a``, when nothing matched). The date compared is the day ordering uses: the exact
date, else the last day of the span. A polarity **inversion** (one side positive, the
other negative) is counted apart: it is the error that invents conflicts downstream.

Speakers the draft proposes (absent from the registry) carry ids the extractor made up,
so they are mapped one to one onto the gold annotation's own new actors by how often they
speak the same spans; only then are speakers compared.

``about`` is scored three ways: **linked right** (the same proposition; for a gold
proposition that exists only in the article, any new proposition the draft proposes),
**lenient** (also one entailment step away, either way), and **unrelated** links, to an
existing proposition with no entailment path to the right one either way, the errors that
invent or hide conflicts. A link to a reading the annotator gave as an alternative (``or_about``) is
within one step. A gold proposition the article introduces is judged through the
entailments its annotator gave it: "8,000 soldiers are in Kursk", entailing "troops are in
Russia", makes a link to the latter one step off, not unrelated. A link to the proposition the
right one excludes (``incompatible_with``), with the opposite polarity, takes the same stance
("denies troops are in Varania" for "claims Corvasia has no troops abroad"): it is one step
off too; with the same polarity it stays unrelated, since it turns the stance round.
**Counterpart found** is linked right over the statements whose gold proposition exists
in the registry.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from .annotations import Article, Proposition, Statement, entailed, read_article, read_propositions
from .errors import DataError


@dataclass(frozen=True)
class Scores:
    """The figures of one evaluation."""

    gold: int
    draft: int
    matched: int
    span_matched: int
    precision: float
    recall: float
    f1: float
    speaker_accuracy: float | None
    type_accuracy: float | None
    polarity_accuracy: float | None
    certainty_accuracy: float | None
    date_accuracy: float | None
    inversions: int
    about_strict: float | None
    about_lenient: float | None
    about_unrelated: int
    counterpart_found: float | None
    counterparts: int
    missed: tuple[str, ...]
    spurious: tuple[str, ...]
    #: draft statements linked to a proposition with no entailment path to the gold one: "id -> drafted (gold: …)"
    unrelated: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        lines = [
            f"statements  gold {self.gold}, draft {self.draft}, matched {self.matched}",
            f"precision   {self.precision:.3f}",
            f"recall      {self.recall:.3f}",
            f"f1          {self.f1:.3f}",
            f"speaker     {_fmt(self.speaker_accuracy)}  (of {self.span_matched} span matches)",
            f"type        {_fmt(self.type_accuracy)}",
            f"polarity    {_fmt(self.polarity_accuracy)}  ({self.inversions} inverted)",
            f"certainty   {_fmt(self.certainty_accuracy)}",
            f"date        {_fmt(self.date_accuracy)}",
            f"about       {_fmt(self.about_strict)} linked right, {_fmt(self.about_lenient)} within one entailment step, "
            f"{self.about_unrelated} unrelated",
            f"counterpart {_fmt(self.counterpart_found)}  (of {self.counterparts} with a registry proposition)",
        ]
        lines += [f"missed      {m}" for m in self.missed] + [f"spurious    {s}" for s in self.spurious]
        lines += [f"unrelated   {u}" for u in self.unrelated]
        return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _polarity(s: Statement) -> str | None:
    return s.factuality[-1] if s.factuality and s.factuality != "Uu" else ("u" if s.factuality else None)


def _certainty(s: Statement) -> str | None:
    return s.factuality[:2] if s.factuality else None


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def _speaker_map(pairs: list[tuple[Statement, Statement]], registry: set[str]) -> dict[str, str]:
    """Draft-invented speaker ids -> the gold article's new actor ids they speak for, one to one."""
    together = Counter((d.speaker, g.speaker) for g, d in pairs
                       if d.speaker not in registry and g.speaker not in registry)
    mapping: dict[str, str] = {}
    for (draft_id, gold_id), _ in together.most_common():
        if draft_id not in mapping and gold_id not in mapping.values():
            mapping[draft_id] = gold_id
    return mapping


def score(gold: list[Statement], draft: list[Statement], registry_actors: set[str] | None = None,
          propositions: dict[str, Proposition] | None = None,
          article_propositions: dict[str, Proposition] | None = None) -> Scores:
    """Compare two lists of statements (see the module docstring for the rules).

    ``registry_actors`` are the actor ids known before the article (others are proposals
    whose ids are mapped), ``propositions`` the registry's propositions (for ``about``) and
    ``article_propositions`` those the gold article introduces, with their entailments;
    without them every id is compared as it is.
    """
    overlaps = sorted(((min(g.end, d.end) - max(g.start, d.start), i, j)
                       for i, g in enumerate(gold) for j, d in enumerate(draft)
                       if g.start < d.end and d.start < g.end), reverse=True)
    used_g, used_d, pairs = set(), set(), []
    for _, i, j in overlaps:
        if i not in used_g and j not in used_d:
            used_g.add(i)
            used_d.add(j)
            pairs.append((gold[i], draft[j]))
    if registry_actors is not None:
        mapping = _speaker_map(pairs, registry_actors)
    else:
        mapping = {}
    same = [(g, d) for g, d in pairs if g.speaker == mapping.get(d.speaker, d.speaker)]
    precision, recall = _ratio(len(same), len(draft)) or 0.0, _ratio(len(same), len(gold)) or 0.0
    if not draft:
        precision = 1.0 if not gold else 0.0
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    matched_g = {id(g) for g, _ in same}
    matched_d = {id(d) for _, d in same}
    inversions = sum({_polarity(g), _polarity(d)} == {"+", "-"} for g, d in same)
    known = {**(propositions or {}), **(article_propositions or {})}
    verdicts = ["near" if d.about in g.or_about or _same_stance(g, d, known) else
                about_verdict(g.about, d.about, propositions, article_propositions) for g, d in same]
    strict, lenient, unrelated, counterpart, counterparts = _about(same, verdicts, propositions)
    return Scores(
        gold=len(gold), draft=len(draft), matched=len(same), span_matched=len(pairs),
        precision=precision, recall=recall, f1=f1,
        speaker_accuracy=_ratio(len(same), len(pairs)),
        type_accuracy=_ratio(sum(g.type == d.type for g, d in same), len(same)),
        polarity_accuracy=_ratio(sum(_polarity(g) == _polarity(d) for g, d in same), len(same)),
        certainty_accuracy=_ratio(sum(_certainty(g) == _certainty(d) for g, d in same), len(same)),
        date_accuracy=_ratio(sum((g.date or g.latest) == (d.date or d.latest) for g, d in same), len(same)),
        inversions=inversions,
        about_strict=_ratio(strict, len(same)), about_lenient=_ratio(lenient, len(same)), about_unrelated=unrelated,
        counterpart_found=_ratio(counterpart, counterparts), counterparts=counterparts,
        missed=tuple(f"{g.id} ({g.speaker}, {g.start})" for g in gold if id(g) not in matched_g),
        spurious=tuple(f"{d.id} ({d.speaker}, {d.start})" for d in draft if id(d) not in matched_d),
        unrelated=tuple(f"{d.id} -> {d.about} (gold: {g.about})" for (g, d), verdict in zip(same, verdicts)
                        if verdict == "unrelated"),
    )


def about_verdict(gold_about: str, draft_about: str, propositions: dict[str, Proposition] | None,
                  article_propositions: dict[str, Proposition] | None = None) -> str:
    """'right', 'near' (one entailment step), 'related' (further along entailment), 'new' (a new one where the
    registry has one) or 'unrelated' (no entailment path either way: the links that invent or hide conflicts).

    A gold proposition only the article has is judged through ``article_propositions``, the
    article's own, whose entailments lead into the registry.

    >>> about_verdict("p", "p", {})
    'right'
    """
    registry = propositions or {}
    if gold_about == draft_about:
        return "right"
    gold_known, draft_known = gold_about in registry, draft_about in registry
    if not draft_known:
        return "new" if gold_known else "right"
    known = {**registry, **(article_propositions or {})}
    if gold_about not in known:
        return "unrelated"
    if draft_about in known[gold_about].entails or gold_about in registry[draft_about].entails:
        return "near"
    if draft_about in entailed(gold_about, known) or gold_about in entailed(draft_about, known):
        return "related"
    return "unrelated"


def _same_stance(gold: Statement, draft: Statement, known: dict[str, Proposition]) -> bool:
    """Whether the draft takes the gold statement's stance through the proposition the gold one excludes: denying
    what it asserts is incompatible ("Corvasia has no troops abroad" asserted, "troops are in Varania" denied)."""
    g, d = known.get(gold.about), known.get(draft.about)
    excludes = bool(g and d and (d.id in g.incompatible_with or g.id in d.incompatible_with))
    return excludes and {_polarity(gold), _polarity(draft)} == {"+", "-"}


def _about(same: list[tuple[Statement, Statement]], verdicts: list[str],
           propositions: dict[str, Proposition] | None):
    strict = lenient = unrelated = counterpart = counterparts = 0
    for (g, _), verdict in zip(same, verdicts):
        strict += verdict == "right"
        lenient += verdict in ("right", "near")
        unrelated += verdict == "unrelated"
        if propositions is None or g.about in propositions:
            counterparts += 1
            counterpart += verdict == "right"
    return strict, lenient, unrelated, counterpart, counterparts


def score_articles(drafts: Iterable[tuple[Article, list[Statement]]], registry_actors: set[str],
                   propositions: dict[str, Proposition]) -> Scores:
    """Score the drafts of a corpus's articles as one: each article's statements are placed apart from the
    others' (offsets) and the speakers it invents are made its own, so two articles' ``official`` never
    meet; a proposition one article introduces is known to the articles after it, as in the corpus."""
    gold: list[Statement] = []
    draft: list[Statement] = []
    introduced: dict[str, Proposition] = {}
    for n, (article, drafted) in enumerate(drafts):
        def local(s: Statement, n: int = n) -> Statement:
            return dataclasses.replace(s, start=s.start + n * 10_000_000,
                                       speaker=s.speaker if s.speaker in registry_actors else f"{n}:{s.speaker}")
        gold += [local(s) for s in article.statements]
        draft += [local(s) for s in drafted]
        for pid, prop in article.propositions.items():
            introduced.setdefault(pid, prop)
    return score(gold, draft, registry_actors, propositions, introduced)


def _text_hash(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def evaluate(gold_path: Path, draft_path: Path, data_dir: Path | None = None) -> Scores:
    """Score the draft annotation file against the gold one.

    The registry (``data_dir``, by default the directory above the gold file's
    ``articles/``) tells which actors and propositions existed before the article.
    Refuses, with one line, a draft of another article (another id or another text).
    """
    gold, draft = read_article(Path(gold_path)), read_article(Path(draft_path))
    if gold.id != draft.id:
        raise DataError(f"the draft is of article '{draft.id}', not '{gold.id}': extract the gold article's text",
                        draft_path)
    if _text_hash(gold) != _text_hash(draft):
        raise DataError(f"the draft's text ({draft.text_file}) differs from the gold article's ({gold.text_file}): "
                        "they are not the same article", draft_path)
    data_dir = data_dir or Path(gold_path).resolve().parent.parent
    actors = propositions = None
    if (data_dir / "actors.yaml").is_file():
        from .annotations import read_actors

        actors = set(read_actors(data_dir / "actors.yaml"))
    if (data_dir / "propositions.yaml").is_file():
        propositions = read_propositions(data_dir / "propositions.yaml")
    return score(list(gold.statements), list(draft.statements), actors, propositions, gold.propositions)
