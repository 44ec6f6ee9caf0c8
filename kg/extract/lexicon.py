"""The words news writing uses to attribute statements: cues, hedges, titles, demonyms.

Each cue maps to a statement type; hedges lower the certainty of what follows them.
The lists are English and rule-based on purpose: no model is downloaded, and every
decision the extractor makes can be traced to an entry here.
"""

from __future__ import annotations

import re

# cue pattern -> statement type; longer, more specific cues first
CUES: list[tuple[str, str]] = [
    (r"(?:could not|cannot|can not|did not|would not|could(?:n['’]t)|can(?:['’]t)|did(?:n['’]t)|would(?:n['’]t)|"
     r"declined to|unable to) confirm", "non_confirmation"),
    (r"called for|called on|urged|demanded|proposed|put forward|put on the table", "call"),
    (r"dismissed|brushed aside|rejected", "dismissal"),
    (r"denied|denies|deny|refuted", "denial"),
    (r"accused|accuses|blamed", "accusation"),
    (r"warned|warns|cautioned", "warning"),
    (r"confirmed|confirms|acknowledged|verified", "confirmation"),
    (r"claimed|claims|insisted|insists|asserted|stated|stating|said|says|told reporters|told|added|argued|"
     r"noted|remarked|announced|suggested|suggest|suggests|hinted|reported|according to|saying", "claim"),
]
CUE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(CUES)) + r")\b", re.I)

DEFAULT_FACTUALITY = {
    "claim": "CT+", "denial": "CT-", "confirmation": "CT+", "non_confirmation": "Uu",
    "warning": "PR+", "call": None, "dismissal": "PR-", "accusation": "CT+",
}
# hedges lowering certainty to "probable" (PR) or "possible" (PS)
PROBABLE = re.compile(r"\b(?:likely|probably|could|would likely|expected to|appears? to|seems? to)\b", re.I)
POSSIBLE = re.compile(r"\b(?:might|may|possibly|perhaps|if true|if substantiated|if confirmed|suggest(?:s|ed)?|hinted|alleged(?:ly)?)\b", re.I)
NEGATION = re.compile(r"\b(?:not|no|never|nothing|neither|nor)\b|n['’]t\b", re.I)
DISMISSIVE = re.compile(r"\b(?:fake news|nonsense|lies|fabricat\w+|rumou?rs?|baseless|absurd)\b", re.I)
DIRECTIVE = re.compile(r"\b(?:should|must|ought to|need to|needs to|has to|have to)\b", re.I)
REPORTEDLY = re.compile(r"\b(?:reportedly|allegedly|according to (?:media )?reports)\b", re.I)

TITLE_WORDS = {
    "president", "prime", "minister", "secretary", "general", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "chief", "head", "director", "commander", "foreign", "defence", "defense", "intelligence",
    "military", "official", "envoy", "chancellor", "deputy", "of", "to", "the", "senior", "state", "vice",
}
DEMONYMS = {
    "russian": "russia", "ukrainian": "ukraine", "french": "france", "lithuanian": "lithuania",
    "american": "united_states", "us": "united_states", "u.s.": "united_states", "south korean": "south_korea",
    "north korean": "north_korea", "british": "united_kingdom", "german": "germany", "chinese": "china",
}
PRONOUNS = {"he", "she", "they", "it"}
CAPTION = re.compile(r"\(Photo\b|Getty Images|\bPhoto:|Image:", re.I)
STOPWORDS = set("""a an the of in on at to for by with from and or but that this these those is are was were be been
being has have had will would could should may might can its it their they he she his her as into than
then there which who whom whose what when where how also both all any some such not no""".split())


def cue_type(match: re.Match) -> str:
    """The statement type of a cue match from :data:`CUE_RE`."""
    index = int(next(name for name, value in match.groupdict().items() if value is not None)[1:])
    return CUES[index][1]
