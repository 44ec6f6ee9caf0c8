"""Whether reported words deny what they are about: the polarity of a statement.

A clause is negative when its verb is negated ("had not", "never"), or its subject or an
existential is ("no troops were", "there is no evidence"); a negated object is not ("breaks no
law" asserts lawfulness) unless it negates a part of the proposition the words are linked to
("supplies no weapons" denies "supplies weapons"). Some negations affirm: a contrast ("not
whether the drones come from there, but how many"), a correction ("this was not an accident; it
was a decision"), a concession ("volunteers or not, they shoot"), an understatement ("I would be
surprised if there were no officers among them"), a threat said with a negation ("will not stand by"); and
"not fake" is no denial of what is called fake.

>>> [negated(w) for w in ("Troops have not arrived", "There is no evidence of it", "The cooperation breaks no law",
...                       "The question is not whether they came, but how many", "Volunteers or not, they fight",
...                       "This was not an accident. It was a decision", "There isn't a single soldier there",
...                       "If it does not, it will face consequences")]
[True, True, False, False, False, False, True, False]
"""

from __future__ import annotations

import re

from .lexicon import NEGATED_DISMISSIVE

_CLAUSE_NEGATION = re.compile(r"^\W*(?:\w+\W+){0,8}?(?<!,\s)(?:not|never|\w*n['’]t|neither|nor|in no way|by no means|"
                              r"in no sense)\b(?!\s+only\b)|^\W*(?:no|none|nobody|"
                              r"nothing|no one)\b|^\W*(?:\w+\W+){0,8}?(?:there\s+(?:is|are|was|were|has been|have been|"
                              r"had been)|has|have|had|with)\s+[\"“‘']?(?:\w+\s+)?[\"“‘']?(?:no|none|nothing)\b(?!-)", re.I)
#: "not X but Y", "not X; it was Y", "not X, rather Y": the negation only sets up what is asserted
_CONTRAST = re.compile(r"\b(?:not|n['’]t)\b[^.;]{0,120}?(?:[,;.]\s*|\s+)(?:but|rather|instead|it\s+(?:is|was)|this\s+(?:is|was)|"
                       r"they\s+(?:are|were))\b(?!\s+not\b)", re.I)
#: "volunteers or not", "whether or not": no negation of anything; "will not stand by", "will not go
#: unanswered": a threat to act, said with a negation
_OR_NOT = re.compile(r"\b(?:or not|whether or not)\b|\b(?:not|never)\s+(?:stand\s+(?:idly\s+)?by|go\s+unanswered|"
                     r"remain\s+(?:indifferent|silent|idle))\b"
                     # "will never forget the feat", "we do not doubt that": a negated negative verb affirms
                     r"|\b(?:not|never|\w+n['’]t)\s+(?:\w+ly\s+)?(?:forg[eo]t\w*|doubt\w*|hesitat\w*|fail\w*\s+to|ceas\w*\s+to)\b", re.I)
#: "I would be surprised if there were no officers": an understatement that affirms
_LITOTES = re.compile(r"\b(?:would|will|'d)\s+be\s+(?:very\s+|most\s+)?(?:surprised|astonished|amazed)\s+if\b|"
                      r"\bit\s+would\s+be\s+(?:surprising|astonishing|strange)\s+if\b|"
                      # "there is no longer any serious doubt that …", "there is no doubt about who fired": certainty
                      r"\b(?:there\s+(?:is|was|can\s+be)|leaves?|left)\s+[\"“‘']?no\s+(?:longer\s+)?(?:any\s+)?"
                      r"(?:serious\s+|real\s+|reasonable\s+)?doubt\b", re.I)
#: a negated object or complement: "supplies no weapons", "has sent not a single soldier"
NEGATED_OBJECT = re.compile(r"\b(?:no|zero|not a single|not one|not any)\s+(?P<np>(?:[\w-]+\s+){0,2}?[\w-]+)", re.I)


#: a condition: its negation is not the clause's ("if it does not, it will face consequences")
_CONDITION = re.compile(r"^\W*(?:if|unless|as long as|until)\b[^,]*,\s*|\s+(?:if|unless|until|as long as)\b.*$", re.I)
#: a negation and the word it negates: "neither sent", "not paid"
_NEGATION_OF = re.compile(r"\b(?:not|never|neither|nor|no)\s+(?:\w+ly\s+)?([a-z]{3,})", re.I)


#: what a clause negation reaches: "not directed against third countries"
_NEGATED_SPAN = re.compile(r"\b(?:not|never|\w+n['’]t)\s+((?:[\w-]+\s+){0,5}[\w-]+)", re.I)
#: the word or two a negation reaches: "no evacuation warning", "Nobody warned (the towns)"
_NEGATION_REACH = re.compile(r"\b(?:not|never|\w+n['’]t|neither|nor|no|none|nobody|nothing|no\s+one)\s+"
                             r"((?:[\w-]+\s+)?[\w-]+)", re.I)
#: words that say "not involved" without a negation: "it is neutral in the war"
_UNINVOLVED = re.compile(r"\b(?:neutral|neutrality|uninvolved|non-aligned|nonaligned|non-belligerent)\b", re.I)


def negated(content: str) -> bool:
    """Whether the reported clause is negative, whatever it is linked to (see the module docstring)."""
    content = _OR_NOT.sub(" ", _CONDITION.sub(" ", content))
    if _UNINVOLVED.search(content) and not _CLAUSE_NEGATION.search(content):
        return True  # "neutral" denies involvement (the matcher folds it into "involved")
    if _CONTRAST.search(content) or _LITOTES.search(content):
        return False
    return bool(_CLAUSE_NEGATION.search(content)) and not NEGATED_DISMISSIVE.search(content)


def understated(content: str) -> bool:
    """True for an understatement ("I would be surprised if …"): what it affirms is probable, not certain."""
    return bool(_LITOTES.search(content))


def same_negation(content: str, proposition: str) -> bool:
    """True when the words negate what the proposition itself negates: "the state had neither sent nor paid
    them" agrees with "… and the state neither sent nor paid them".

    >>> same_negation("the state had neither sent nor paid them", "They went alone; the state neither sent nor paid them.")
    True
    """
    def negations(text: str) -> set[str]:
        return {m.group(1).lower()[:5] for m in _NEGATION_OF.finditer(text)}

    if negations(content) & negations(proposition):
        return True
    # "is not directed against third countries" says what "threatens no third country" says: the proposition's
    # negated object is in what the words negate
    reached = {w.lower()[:5] for m in _NEGATED_SPAN.finditer(content) for w in re.findall(r"[a-z]{4,}", m[1], re.I)}
    heads = {words[-1].lower()[:5] for m in NEGATED_OBJECT.finditer(proposition)
             if (words := re.findall(r"[a-z]{4,}", m["np"], re.I))}
    return bool(reached & heads)


def negated_words(text: str) -> str:
    """The words a text's negations reach: what it says is not so.

    >>> negated_words("Nobody warned the towns before the water came.")
    'warned the'
    """
    return " ".join(m.group(1) for m in _NEGATION_REACH.finditer(text))
