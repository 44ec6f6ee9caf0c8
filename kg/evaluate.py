"""``kg eval``: how good is a draft annotation, measured against a reviewed one.

A draft statement matches a gold statement when their evidence spans overlap (each used
once, largest overlap first) and they name the same speaker. Precision, recall and F1
count those matches; speaker accuracy is measured over every span match; the accuracy
of type, polarity, certainty and date over the matched statements. The date compared
is the day ordering uses: the exact date, else the last day of the span.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from .annotations import Statement, read_article


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
    speaker_accuracy: float
    type_accuracy: float
    polarity_accuracy: float
    certainty_accuracy: float
    date_accuracy: float
    missed: tuple[str, ...]
    spurious: tuple[str, ...]

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        lines = [
            f"statements  gold {self.gold}, draft {self.draft}, matched {self.matched}",
            f"precision   {self.precision:.3f}",
            f"recall      {self.recall:.3f}",
            f"f1          {self.f1:.3f}",
            f"speaker     {self.speaker_accuracy:.3f}  (of {self.span_matched} span matches)",
            f"type        {self.type_accuracy:.3f}",
            f"polarity    {self.polarity_accuracy:.3f}",
            f"certainty   {self.certainty_accuracy:.3f}",
            f"date        {self.date_accuracy:.3f}",
        ]
        lines += [f"missed      {m}" for m in self.missed] + [f"spurious    {s}" for s in self.spurious]
        return "\n".join(lines)


def _polarity(s: Statement) -> str | None:
    return s.factuality[-1] if s.factuality and s.factuality != "Uu" else ("u" if s.factuality else None)


def _certainty(s: Statement) -> str | None:
    return s.factuality[:2] if s.factuality else None


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 3) if total else 1.0


def score(gold: list[Statement], draft: list[Statement]) -> Scores:
    """Compare two lists of statements (see the module docstring for the rules)."""
    overlaps = sorted(((min(g.end, d.end) - max(g.start, d.start), i, j)
                       for i, g in enumerate(gold) for j, d in enumerate(draft)
                       if g.start < d.end and d.start < g.end), reverse=True)
    used_g, used_d, pairs = set(), set(), []
    for _, i, j in overlaps:
        if i not in used_g and j not in used_d:
            used_g.add(i)
            used_d.add(j)
            pairs.append((gold[i], draft[j]))
    same = [(g, d) for g, d in pairs if g.speaker == d.speaker]
    precision, recall = _ratio(len(same), len(draft)), _ratio(len(same), len(gold))
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    matched_g = {id(g) for g, _ in same}
    matched_d = {id(d) for _, d in same}
    return Scores(
        gold=len(gold), draft=len(draft), matched=len(same), span_matched=len(pairs),
        precision=precision, recall=recall, f1=f1,
        speaker_accuracy=_ratio(len(same), len(pairs)),
        type_accuracy=_ratio(sum(g.type == d.type for g, d in same), len(same)),
        polarity_accuracy=_ratio(sum(_polarity(g) == _polarity(d) for g, d in same), len(same)),
        certainty_accuracy=_ratio(sum(_certainty(g) == _certainty(d) for g, d in same), len(same)),
        date_accuracy=_ratio(sum((g.date or g.latest) == (d.date or d.latest) for g, d in same), len(same)),
        missed=tuple(f"{g.id} ({g.speaker}, {g.start})" for g in gold if id(g) not in matched_g),
        spurious=tuple(f"{d.id} ({d.speaker}, {d.start})" for d in draft if id(d) not in matched_d),
    )


def evaluate(gold_path: Path, draft_path: Path) -> Scores:
    """Score the draft annotation file against the gold one."""
    return score(list(read_article(Path(gold_path)).statements), list(read_article(Path(draft_path)).statements))
