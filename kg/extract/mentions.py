"""Who a noun phrase names: actors already in the graph first, then new ones with a role.

A subject phrase is resolved in this order, each a general construction of news English:

1. names and aliases of known actors, longest first ("South Korea's spy agency" before
   "South Korea"); a person's surname alone ("Rutte") once they are known, including people
   this article introduced;
2. pronouns and role nouns ("he", "she", "the spokeswoman", "the ministry") refer back to the
   latest speaker or mentioned actor of a compatible kind, role and gender;
3. a title and a name that match no known actor ("Defence Ministry spokesman Igor
   Konashenkov") propose a new person with the role and, from a demonym, possessive or known
   organisation, the affiliation; a bare unknown surname proposes a new person, never the
   last person named;
4. an organisation's head noun ("China's foreign ministry", "the State Department") proposes
   an organisation, part of the state its possessive or demonym names;
5. an unnamed official ("a senior US defence official", "a diplomat at the UN") proposes an
   anonymous person (or group, in the plural) with the role and affiliation;
6. a place is never a person: "Geneva" alone is no speaker, and a capital speaks for its state.

>>> from kg.annotations import Actor, Place
>>> from pathlib import Path
>>> p = Place(Path("a.yaml"), 1)
>>> index = ActorIndex({"peskov": Actor("peskov", "person", "Dmitry Peskov", (), None, None, None, (), p),
...                     "kremlin": Actor("kremlin", "organization", "the Kremlin", ("Kremlin",), None, None, None, (), p)})
>>> [s.actor for s in index.speakers("Kremlin spokesman Dmitry Peskov")]
['peskov']
>>> index.speakers("Peskov")[0].actor
'peskov'
>>> s = index.speakers("Defence Ministry spokesman Igor Konashenkov")[0]
>>> (s.actor, s.role, s.known)
('igor_konashenkov', 'Defence Ministry spokesman', False)
>>> index.speakers("Konashenkov")[0].actor
'igor_konashenkov'
>>> [s.actor for s in index.speakers("a diplomat in Geneva")]
['diplomat']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..annotations import Actor
from .lexicon import (DEMONYMS, HONORIFICS, MEDIA_NOUNS, OFFICIAL_NAMES, ORG_NOUNS, PERSON_PRONOUNS, PRONOUNS, ROLE_NOUNS,
                      STOPWORDS, TITLE_WORDS)
from .places import capital_of, is_country, is_place

_NAME = re.compile(r"(?:[A-Z][\w’'\-.]+)(?:\s+(?:[A-Z][\w’'\-.]+|de|van|von|bin|al-\w+|ul|da|di|del))*\s+[A-Z][\w’'\-]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]+\b")
_LEADING = re.compile(r"^(?:and|but|while|as|even though|although|though|after|before|when|because|so|meanwhile|"
                      r"however|still|yet|also|separately|in response|in turn|even|only)\s+", re.I)
#: unnamed sources described by what they know: "three people familiar with the talks", "a senior official briefed on
#: the draft", "sources close to the inquiry"
_SOURCE = re.compile(r"(?P<head>(?:(?:a|an|the|one|two|three|four|five|six|several|some|many|other|\d+)\s+)?"
                     r"(?:[\w'’-]+\s+){0,2}?)(?P<who>people|persons?|sources?|officials?|diplomats?|negotiators?|"
                     r"insiders?|aides?)\s+(?:(?:who\s+(?:are|were|is|was)\s+)?(?:familiar\s+with|close\s+to|briefed\s+on|"
                     r"involved\s+in|knowledgeable\s+about|with\s+(?:direct\s+|first-?hand\s+)?knowledge\s+of))\s", re.I)
#: an office that names no one by itself, only the leader the story has named
_HEAD_OF = re.compile(r"^the\s+head\s+of\s+(?:the\s+)?(?:state|government)$", re.I)
#: when, said before whoever speaks with no comma after it: "Last week the Prime Minister", "On Friday the Commission"
_WHEN_FIRST = re.compile(r"^(?:on|in|last|this|earlier|late|early|by)\s+(?:(?:"
                         # "On the day of the landing the interior ministry", "On the night after the strike the army"
                         r"(?:day|night|eve|morning|evening|afternoon|week|weekend)\s+(?:of|after|before)\s+"
                         r"(?:(?:the|a|an|his|her|its|their)\s+)?[\w-]+|monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night|january|february|"
                         r"march|april|may|june|july|august|september|october|november|december|"
                         r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|spring|summer|"
                         # "the" of the time ("in the morning"), not of the subject ("On 6 March the same spokesperson")
                         r"autumn|winter|\d{1,4}(?:st|nd|rd|th)?|the(?!\s+(?:same|very)\b))\b[\s,]*)+"
                         r"(?=(?:the|a|an|your)\s|[A-Z])", re.I)
#: a time before the subject with no preposition: "tonight the government says", "Three weeks ago your ministry said",
#: "A day later it said", "The next morning he told reporters" (but "now it says" is no time before a subject "it")
_SUBJECT_AFTER = r"(?:the|a|an|your|its|their|his|her|our|he|she|they|we)\b|(?-i:[A-Z])"
_WHEN_BARE = re.compile(r"^(?:(?:today|tonight|yesterday|now)\b[\s,]*(?=" + _SUBJECT_AFTER + r")|"
                        r"(?:(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:ago|later|earlier)|the\s+(?:next|"
                        r"following)\s+(?:day|morning|afternoon|evening|week))\b[\s,]*(?=" + _SUBJECT_AFTER + r"|it\b))",
                        re.I)
_TRAILING = re.compile(r"\s+(?:both|also|reportedly|had|has|have|again|later|repeatedly|previously|publicly|"
                       r"then|earlier|on \w+\.? \d+|last \w+|on \w+day|in a statement|in an interview|on (?:Monday|Tuesday|"
                       r"Wednesday|Thursday|Friday|Saturday|Sunday)|himself|herself|themselves|itself|separately|"
                       r"flatly|firmly|strongly|categorically|swiftly|quickly|immediately|once again|too|alone|only|further|"
                       r"at first|at the time|at the outset|"
                       r"subsequently|formally|initially|originally|first|privately|officially|"
                       r"itself|would|will|could|can|may|might|must|should|did|does|do|is|are|was|were|"
                       r"(?:has|have|had) (?:since|now|long|also)|not|never)$", re.I)
#: what describes a source in its subject, or how it came to an outlet: "two engineers who studied the photographs",
#: "three analysts who reviewed the footage for the Post", "linguists consulted by BNC"
_SOURCE_CLAUSE = re.compile(r"\s+who\s.*$|\s+(?:consulted|interviewed|contacted|commissioned|hired|asked|"
                             r"reached|approached|polled)\s+by\s.*$", re.S)
#: how "the Director General" is resolved: the person named before with that office
_OFFICE_HOLDER = "the holder of the office named before"
#: an unnamed source counted or singled out: "two engineers", "a nurse", "several residents"
_COUNTED_HEAD = re.compile(r"(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)"
                           r"(?:\s+[\w'’-]+){1,3}")
#: one person picked out of a group: "one of the engineers", "each of the witnesses"
_ONE_OF = re.compile(r"^(?:one|each|either)\s+of\s+(?:the|those|these|its|their|our)\s+(?P<head>[a-z]+(?:es|s))$", re.I)


def _one_of(m: re.Match) -> str:
    """ "one of the witnesses" -> "a witness", "one of the deputies" -> "a deputy", "one of the engineers" -> "an engineer"."""
    head = m["head"].lower()
    one = head[:-3] + "y" if head.endswith("ies") else head[:-2] if head.endswith(("sses", "ches", "shes", "xes")) \
        else head[:-1]
    return f"{'an' if one[0] in 'aeiou' else 'a'} {one}"


_DETERMINER = re.compile(r"^(?:a|an|one|two|three|several|some|many|other|another|the|this|that|these|those)\s+", re.I)
_PLACE_PP = re.compile(r"\s+(?:in|from|at|near|based in|visiting)\s+(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)\s*$")
#: where an unnamed person works or lives, named by a common noun: "a doctor at the district hospital", "residents of
#: the village"
_COMMON_PLACE_PP = re.compile(r"\s+(?:in|from|at|near|of|on)\s+(?:the|a|an|this|that|its|their|his|her)\s+"
                              r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}\s*$")
#: "officials in Seoul", "the authorities in Moscow": a capital's unnamed officials speak for its state (not its
#: diplomats, who are posted there by others)
_OFFICIALS_IN = re.compile(r"(?:the\s+)?(?P<role>(?:[a-z]+\s+)?(?:officials|authorities))\s+in\s+(?P<place>[A-Z][\w’'\-]+)",
                           re.I)
#: a government named by its seat: "the Kiev regime", "the Kyiv authorities", "the Pyongyang leadership"
_SEAT = re.compile(r"(?:[Tt]he\s+)?(?P<place>[A-Z][a-z]+)\s+(?:government|regime|authorities|leadership|administration)")
_PP = re.compile(r"\s+(?:at|of|for|from|to|with|in)\s+(?P<org>(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+[\w’'\-.]+)*)\s*$")


def _affiliation_pp(text: str) -> re.Match | None:
    """A trailing "at/of/for X" naming whom an official works for; never one that ends in a role ("of Korea's minister")."""
    m = _PP.search(text)
    return m if m and m["org"].split()[-1].lower() not in ROLE_NOUNS else None


#: modifiers coordinated before one plural head: "Ukrainian, U.S. and South Korean officials"
_MODIFIER = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
SHARED_HEAD = re.compile(rf"(?P<mods>{_MODIFIER}(?:\s*,\s*{_MODIFIER})*,?\s+and\s+{_MODIFIER})\s+"
                          r"(?P<head>(?:[a-z]+\s+)?[a-z]+s)")
#: demonyms of two or more words: "South Korean", "North Korean"
_MULTIWORD_DEMONYM = re.compile(r"\b(?:" + "|".join(re.escape(d) for d in sorted((d for d in DEMONYMS if " " in d),
                                                                                key=len, reverse=True)) + r")\b", re.I)


def _without_pp(text: str) -> str:
    """``text`` without its trailing affiliation ("a diplomat at the UN" -> "a diplomat")."""
    m = _affiliation_pp(text)
    return text[:m.start()] if m else text
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<rest>.+)$")
#: the clause that says why a source goes unnamed, which is no part of who they are
_UNNAMED_CLAUSE = re.compile(r",?\s+(?:(?:who|as\s+they|as\s+he|as\s+she)\s+(?:spoke|speaks|was\s+speaking|were\s+speaking|"
                             r"asked|requested|declined|did\s+not\s+want|was\s+not\s+authori[sz]ed|were\s+not\s+authori[sz]ed)|"
                             r"speaking\s+(?:on\s+condition|anonymously)|on\s+condition\s+of\s+anonymity)\b[^,]*$", re.I)
_ANONYMOUS = re.compile(r"\b(?:who|speaking|on condition|not authori[sz]ed|requested anonymity|asked not to be named|"
                        r"declined to be named)\b", re.I)
_FEMALE = re.compile(r"\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|ms\.?|mrs\.?|madam|madame|queen|"
                     r"she|her)\b", re.I)
_MALE = re.compile(r"\b(?:spokesman|chairman|congressman|businessman|mr\.?|sir|king|he|his)\b", re.I)
_PREPOSITION = re.compile(r"^(?:at|on|in|during|after|before|by|with|from|for|according|to|of|into|over|under|"
                          r"without|within|amid|despite|since|until|about)\b", re.I)
#: a name that only says whose side someone is on: "pro-Kremlin channels", "anti-Russian protesters"
_SIDING = re.compile(r"\b(?:pro|anti)-$", re.I)
#: the roles a general role noun takes in: "the diplomat" after "the envoy Ivo Petrak", "the officer" after a colonel
_KINDS_OF = {"diplomat": {"envoy", "ambassador", "representative", "delegate", "attache", "attaché", "consul",
                          "counsellor", "counselor", "foreign"},
             "officer": {"colonel", "general", "commander", "major", "captain", "lieutenant", "admiral", "sergeant"},
             "lawmaker": {"senator", "legislator", "mp", "deputy", "congressman", "congresswoman", "parliamentarian"},
             "commander": {"general", "colonel", "admiral"},
             "minister": {"secretary"}}
#: what a business is called once named: "the airline", "the company" (a registry seldom says which it is)
_BUSINESS_NOUNS = {"company", "firm", "airline", "operator", "carrier", "insurer", "manufacturer", "shipowner",
                   "contractor", "group"}
#: the words of a public body's name, which no business noun means ("the company" is never the ministry)
_PUBLIC_BODIES = {"government", "ministry", "office", "presidency", "embassy", "council", "parliament", "command",
                  "forces", "army", "navy", "department", "agency", "commission", "court", "mission", "service",
                  "authority", "directorate", "staff", "guard", "police", "administration", "cabinet"}
#: a person introduced by title and name in a sentence that reports nothing: "Dr Halyna Vovk has treated …"
_TITLED_NAME = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Colonel|Col|General|Gen|Captain|Capt|Major|Lieutenant|"
                          r"Sergeant|Admiral|Father|Sister)\.?\s+[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}\b")
#: a person's full name, then who they are: "Ilse Varnhagen, who lost her son, …"
_DESCRIBED_NAME = re.compile(r"(?<![\w’'])[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}"
                             r"(?=,\s+(?:(?:who|whose|a|an)\s|\d{1,3},))")
#: an outlet the registry may not know, by its head noun: "the Selvana Post", "BNC News"
_OUTLET_NAME = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]+\s+)*(?i:" + "|".join(sorted(MEDIA_NOUNS, key=len, reverse=True)) +
                          r")\b")
#: a role, then the person's full name: "health spokesman Nils Brekke", "Pharmacist Lise Holm"
_ROLE_THEN_NAME = re.compile(r"\b(?i:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) +
                             r")\s+[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}\b")
#: a description, then the person's full name between commas: "The head of the district, Ihor Valek, welcomed …"
_NAME_AFTER_DESCRIPTION = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|A|An)\s+[a-z][^,.;:!?\n]{2,80},\s+"
                                     r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}),")
#: a social-media handle: "@OstreliaAirForce", "@Meridal_Air"
_HANDLE = re.compile(r"(?<![\w@])@(?P<name>[A-Za-z][A-Za-z0-9_]{2,40})\b")
#: a name that owns what follows it: "Corvasia's state news agency", "the Kremlin's"
_POSSESSOR = re.compile(r"[\w.-]+(?:\s+[A-Z][\w.-]*)*['’]s?\s")
_POSSESSIVE_PRONOUN = re.compile(r"^(?:its|their)\s+(?P<rest>.+)$", re.I)
#: a person's own, named by a role or an office: "her spokesman", "his office", "her prime minister"
_PERSONS_OWN = re.compile(r"^(?P<pronoun>his|her)\s+(?P<rest>(?:[\w-]+\s+){0,2}(?:" +
                          "|".join(sorted({*ROLE_NOUNS, *ORG_NOUNS})) + r"|country)s?)$", re.I)
#: who works for a person rather than for the state the person serves
_PERSONAL_STAFF = {"spokesman", "spokeswoman", "spokesperson", "office", "aide", "adviser", "advisor", "lawyer",
                   "secretary", "deputy", "assistant"}
_LABEL = re.compile(r"^(?:Q|QUESTION|A|ANSWER|[A-Z][A-Z .'-]{1,30}|(?i:details|more details|background|context|update|"
                    r"reminder|quote|source)):\s+")
#: words that never stand in a noun phrase naming an unnamed official ("I don't have anything to add …")
_NOT_IN_NP = {"i", "we", "you", "he", "she", "it", "they", "his", "her", "its", "their", "our", "my", "was", "were",
              "is", "are", "be", "been", "had", "has", "have", "not", "that", "which", "who", "what", "beyond", "don't",
              "do", "does", "did", "would", "will", "could", "can", "there", "here", "this", "these", "those"}
#: an outlet named by what it is: "the paper", "the government daily", "the tabloid" (a white paper is a document)
_OUTLET_NOUN = re.compile(r"the\s+(?!(?:white|green|policy|working|position|discussion|research|briefing|court|ballot)\s)"
                          r"(?:[\w-]+\s+)?(?:paper|newspaper|daily|tabloid|broadsheet|weekly|magazine|broadcaster|"
                          r"news\s+agency|outlet|news\s+site|website)")
#: "the statement noted": a document speaks for whoever issued it, the latest speaker
_DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "commentary", "release", "letter", "post", "message",
                   "note", "readout", "report", "article", "editorial", "declaration", "update", "bulletin"}
#: what a possessive pronoun points back to: "its statement", "the text of his speech"
OWNER_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
#: a document named by who issued it: "a Russian foreign ministry statement", "the Kremlin's readout"
_ISSUER_OF = re.compile(r"(?:(?i:an?)\s+)?(?P<issuer>(?:the\s+|The\s+)?(?:[\w.'’-]+\s+){0,5}?[\w.'’-]*?[\w.-])"
                        r"(?:['’]s?)?\s+"
                        r"(?i:(?:joint|written|official|new|brief|latest|short|terse)\s+)?(?i:statement|communiqu[eé]|"
                        r"readout|press\s+release|letter|declaration|commentary)")
#: a named body, then "of" and whose it is: "the Supreme Defence Council of"
_BODY_OF = re.compile(r"^\W*(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*(?P<noun>[A-Z][\w'’-]*)\s+of\s+(?:the\s+)?$")
#: an owner, then what it owns: "Russia's Foreign Minister Sergei Lavrov", "Japan's Chief Cabinet Secretary …"
_OWNER_FIRST = re.compile(r"^(?P<owner>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s)\s+(?P<rest>[A-Z].+)$")
#: days and months before a name, which are no part of it
_CALENDAR = re.compile(r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                       r"May|June|July|August|September|October|November|December)\s+)+")
#: who issues a document a later sentence names by its kind: "X issued a written statement on Monday"
_ISSUED_DOCUMENT = re.compile(r"(?:^|\.\s+|--\s+|—\s*|\s-\s+)(?P<np>[^,;.]{3,120}?)\s+(?:issued|released|published|put out|made public)\s+"
                              r"(?:a|an|the\s+following)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|declaration|press release|report|"
                              r"letter|advisory|bulletin|notice|alert|assessment)\b")
#: the same in the passive: "The statement was issued by the Front's Political Bureau and posted on its channel"
_ISSUED_BY = re.compile(r"\b(?:statement|communiqu[eé]|declaration|press release|letter|advisory|bulletin|notice|alert)\s+"
                        r"(?:is|was|had been|has been)\s+"
                        r"(?:issued|released|published|put out|posted|signed)\s+by\s+(?P<np>[^,;.]{3,80}?)"
                        r"(?=\s+(?:and|on|in|late|early|at|after|before)\b|[,;.])")
#: "Astrid Moen of the governing Unity Party": the name before the affiliation speaks
_NAME_OF = re.compile(r"^(?P<head>.*?[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+)+)\s+(?:of|from|at|with)\s+(?P<org>.+)$")
_ORG_WORD = re.compile(r"\b(?:Ministry|Department|Office|Agency|Council|Commission|Committee|Bureau|Directorate|Embassy|"
                       r"Secretariat|Command|Presidency|Government|Center|Centre|Institute|Service|Staff|Forces|Army|"
                       r"Navy|Party|Parliament|Assembly|Court|Police|Guard)\b")
_ORG_OF = re.compile(r"^(?:[Tt]he\s+)?(?:Ministry|Department|Office|Agency|Council|Commission|Committee|Bureau|Directorate|"
                     r"Service|Embassy|Mission|Secretariat|Command|Presidency|Government)\s+(?:of|for)\s+[A-Z]")
#: role nouns that name one office whatever the gender
_ROLE_KEY = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
             "advisor": "adviser"}
#: the words of the offices that lead a state
_LEADERS = {"president", "prime", "premier", "chancellor", "king", "queen", "emir", "monarch"}
_OFFICIAL_NAMES = [(re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])", re.I), state) for name, state in OFFICIAL_NAMES.items()]
_PAREN = re.compile(r"\s*\([^)]*\)")
#: a title's complement: "Secretary of", "Minister for", "Commissioner for"
_TITLE_OF = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\s+(?:of|for)\s+(?:the\s+)?$", re.I)
#: "the representative of Estmark", "a spokesman for the ministry": an official of what follows
_ROLE_OF = re.compile(r"^(?:(?:the|a|an|one|another)\s+)?(?:[\w-]+\s+){0,3}?(?P<role>" + "|".join(ROLE_NOUNS) +
                      r"|speaker|delegation)s?\s+(?:of|for|from|at|to)\s+", re.I)
_STOP_NAMES = {"the", "a", "an", "it", "this", "that", "these", "those", "they", "he", "she", "we", "i", "there",
               "officials", "sources", "experts", "analysts", "diplomats", "observers", "critics", "reports",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "news", "but",
               "and", "in", "on", "at", "as", "meanwhile", "however", "asked", "when", "speaking", "earlier",
               "later", "separately", "still", "yet", "both", "neither", "some", "many", "others", "western",
               "none", "everyone", "nobody", "president", "minister", "spokesman", "spokeswoman", "spokesperson",
               "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "since", "until", "after", "before", "during", "today", "yesterday",
               "his", "her", "its", "their", "our", "my", "your", "me", "us", "them", "him", "you", "let", "so", "if",
               "nor", "or", "not", "what", "who", "why", "how", "where"}


#: words that tell organisations of one state apart, folded onto one key each
_DESCRIPTOR = {"foreign": "foreign", "external": "foreign", "diplomatic": "foreign", "defence": "defence",
               "defense": "defence", "armed": "defence", "military": "defence", "war": "defence", "army": "defence",
               "spy": "intelligence", "intelligence": "intelligence", "secret": "intelligence", "president": "president",
               "presidential": "president", "presidency": "president", "palace": "president", "interior": "interior",
               "home": "interior", "government": "government", "cabinet": "government", "staff": "staff",
               "general": "staff", "parliament": "parliament", "parliamentary": "parliament", "justice": "justice",
               "trade": "trade", "finance": "finance", "economy": "finance", "embassy": "embassy", "mission": "mission"}


_GOVERNMENT = re.compile(r"\b(?:government|authorities|administration|leadership|regime)$", re.I)


def _descriptors(name: str) -> set[str]:
    return {_DESCRIPTOR[w] for w in re.findall(r"[a-z]+", name.lower()) if w in _DESCRIPTOR}


def _descriptors_of(index: "ActorIndex", actor: str) -> set[str]:
    known = index.actors[actor]
    return set().union(*(_descriptors(n) for n in (known.name, *known.aliases)))


def normalise(text: str) -> str:
    """Typographic apostrophes and spaces made plain, so names match however the article set them."""
    return text.replace("’", "'").replace("\u00a0", " ")


def slugify(name: str) -> str:
    """A new actor id from a name, its accents dropped: ``Kim Jong Un`` -> ``kim_jong_un``.

    >>> slugify("Miroslav Jenča")
    'miroslav_jenca'
    """
    plain = unicodedata.normalize("NFKD", normalise(name)).encode("ascii", "ignore").decode()
    return "_".join(re.findall(r"[a-z0-9]+", plain.lower().replace("'s ", " "))) or "actor"


def demonym_stem(name: str) -> str:
    """The stem a state's demonym starts with: ``Valdoria`` -> ``valdori`` ("Valdorian")."""
    word = name.split()[0].lower() if name.split() else ""
    return re.sub(r"(?:ia|a|e|y|o)$", "", word) or word


@dataclass
class Speaker:
    """A resolved speaker: a known actor id, or a proposal for a new one."""

    actor: str
    name: str
    known: bool = True
    kind: str = "person"
    role: str | None = None
    organization: str | None = None
    confidence: float = 0.9
    rule: str = "name"
    described: str = ""  # the apposition that described a proposed speaker ("Under-Secretary-General for …")


@dataclass
class ActorIndex:
    """Names, aliases and surnames of the actors already in the graph, and who spoke last."""

    actors: dict[str, Actor]
    names: list[tuple[str, str]] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)
    proposed: dict[str, Speaker] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)
    speaking: Speaker | None = None  # who "I" and "we" are, in a transcript answer
    entry: Speaker | None = None  # whom a guide's entry is about: the subject its sentences leave out
    addressed: Speaker | None = None  # who "you" is, in an interviewer's question
    issuer: Speaker | None = None  # who issued the statement or communique a later "the statement" names
    text: str = ""  # the whole article, to find the full name a bare surname stands for
    _expanding: set[str] = field(default_factory=set)  # surnames whose full name is being looked up

    def __post_init__(self) -> None:
        entries = []
        surname_count: dict[str, list[str]] = {}
        for actor in self.actors.values():
            for name in (actor.name, *actor.aliases):
                entries.append((normalise(name), actor.id))
                if name.lower().startswith("the "):
                    entries.append((normalise(name[4:]), actor.id))
            if actor.type == "person":
                surname_count.setdefault(actor.name.split()[-1], []).append(actor.id)
        self.names = sorted(set(entries), key=lambda e: -len(e[0]))
        #: each name's significant words, which a social-media handle spells ("@OstreliaAirForce")
        self._name_words = [(frozenset(w for w in re.findall(r"[^\W\d_]{2,}", name.lower()) if w not in STOPWORDS), actor)
                            for name, actor in self.names]
        self.surnames = {s: ids[0] for s, ids in surname_count.items() if len(ids) == 1}
        # a person's handle may spell the surname alone, with an initial ("@JHelmond"), when no one else bears it
        self._name_words += [(frozenset({s.lower()}), actor) for s, actor in self.surnames.items()]

    # --- what is known -------------------------------------------------------------------

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Known actors named in ``text``: (start, end, id), longest names first, never overlapping."""
        plain = normalise(text)
        lower = plain.lower()
        taken: list[tuple[int, int, str]] = []
        for name, actor in self.names:
            # a long official name is often written in lower case but for its proper nouns: "the United Nations
            # human rights monitoring mission in Teskaya"
            loose = len(name.split()) >= 4
            if name not in plain and not (loose and name.lower() in lower):
                continue
            for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", plain, re.I if loose else 0):
                if not any(m.start() < e and s < m.end() for s, e, _ in taken) and not _SIDING.search(plain, 0, m.start()):
                    taken.append((m.start(), m.end(), actor))
        for surname, actor in self.surnames.items():
            if surname not in plain:
                continue
            for m in re.finditer(rf"(?<![\w]){re.escape(surname)}(?![\w'])", plain):
                if not any(m.start() < e and s < m.end() for s, e, _ in taken) and not _SIDING.search(plain, 0, m.start()):
                    taken.append((m.start(), m.end(), actor))
        for handle in _HANDLE.finditer(plain):
            # a social-media account's handle names its owner: "@OstreliaAirForce" is the Air Force of Ostrelia
            words = {w.lower() for w in re.findall(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]+|[a-z]+|\d+", handle["name"])}
            fits = {}  # the actors whose every significant name word the handle spells, by how many it spells
            for significant, actor in self._name_words:
                if significant and significant <= words:
                    fits[actor] = max(fits.get(actor, 0), len(significant))
            best = sorted(fits, key=lambda a: -fits[a])[:2]
            if best and (len(best) == 1 or fits[best[0]] > fits[best[1]]) and \
                    not any(handle.start() < e and s < handle.end() for s, e, _ in taken):
                taken.append((handle.start(), handle.end(), best[0]))
        for official, state in _OFFICIAL_NAMES:  # "the Democratic People's Republic of Korea"
            if state in self.actors:
                for m in official.finditer(plain):
                    if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                        taken.append((m.start(), m.end(), state))
        return sorted(taken)

    def kind(self, actor: str) -> str:
        known = self.actors.get(actor)
        return known.type if known else self.proposed.get(actor, Speaker(actor, actor)).kind

    def state_of(self, word: str) -> str | None:
        """The state a demonym or country name names ("US", "Valdorian", "Japan's"), if kg knows it."""
        w = normalise(word).lower().rstrip(".").removesuffix("'s").removesuffix("'")
        if DEMONYMS.get(w) in self.actors or DEMONYMS.get(w + ".") in self.actors:
            return DEMONYMS.get(w) if DEMONYMS.get(w) in self.actors else DEMONYMS[w + "."]
        for actor in self.actors.values():
            if actor.type != "state":
                continue
            name = actor.name.lower()
            stem = demonym_stem(actor.name)
            if w == name or (len(stem) >= 4 and w.startswith(stem) and re.fullmatch(r"(?:n|an|ian|ese|i|ish|ic|ean)s?", w[len(stem):] or "x")):
                return actor.id
        return None

    # --- who spoke ----------------------------------------------------------------------

    def remember(self, speaker: Speaker, text: str = "") -> None:
        """Note the latest speaker (and gender, if the words tell it), for pronouns and role nouns."""
        if speaker.actor in self.recent:
            self.recent.remove(speaker.actor)
        self.recent.insert(0, speaker.actor)
        described = f"{text} {speaker.role or ''}"
        if self.kind(speaker.actor) == "person" and speaker.actor not in self.gender:
            if _FEMALE.search(described) and not _MALE.search(described):
                self.gender[speaker.actor] = "f"
            elif _MALE.search(described) and not _FEMALE.search(described):
                self.gender[speaker.actor] = "m"

    def note(self, text: str, speakers: list[Speaker] | tuple[Speaker, ...] = ()) -> None:
        """Remember the actors a sentence mentions (and the title before each), for pronouns in the next one; those
        who speak in it stay first ("…, the agency told lawmakers. Russia is likely to …, it said": the agency)."""
        for titled in [*_TITLED_NAME.finditer(text), *_DESCRIBED_NAME.finditer(text)]:
            # "Dr Halyna Vovk has treated 23 soldiers", "Ilse Varnhagen, who lost her son, spoke", "Lev Horak, 24,
            # flies drones": known now to "she"
            self.speakers(titled.group())
        for titled in _ROLE_THEN_NAME.finditer(text):
            self.speakers(titled.group())  # "Opposition health spokesman Nils Brekke fumed.": known now to "he"
        for described in _NAME_AFTER_DESCRIPTION.finditer(text):
            self.speakers(described.group()[:-1])  # "The head of the district, Ihor Valek, welcomed …"
        named = [(start, actor) for start, _, actor in self.mentions(text)]
        for person in self.proposed.values():
            surname = person.name.split()[-1] if person.kind == "person" and person.name.split() else ""
            if surname[:1].isupper() and (again := re.search(rf"\b{re.escape(surname)}\b", text)):
                named.append((again.start(), person.actor))  # "Hrynko has heard the news. '…,' he said."
        # the first named goes first, as a sentence's subject is what a pronoun after it most often means; a possessor
        # is no subject ("Corvasia's agency CCNA has weighed in. … it called": the agency)
        possessor = {start for start, _ in named if _POSSESSOR.match(text, start)}
        for start, actor in sorted(named, key=lambda n: (n[0] not in possessor, -n[0])):
            if actor not in self.recent[:1]:
                self.remember(Speaker(actor, actor), text[max(0, start - 30):start])
        if (issued := _ISSUED_DOCUMENT.search(text) or _ISSUED_BY.search(text)) and \
                (issuers := self.speakers(issued["np"]) or self.speakers(re.split(r"\s+of\s+", issued["np"])[0])):
            self.issuer = issuers[0]  # "The Central Military Commission issued a written statement on Monday"
            speakers = [*speakers, issuers[0]]
        for speaker in reversed(speakers):
            if speaker.actor in self.recent:
                self.recent.remove(speaker.actor)
            self.recent.insert(0, speaker.actor)

    def full_name(self, surname: str) -> Speaker | None:
        """The person a bare surname names, introduced earlier in the article with first name and title."""
        if not self.text:
            return None
        m = re.search(rf"((?:(?:[A-Z][\w'’-]+|[A-Z][a-z]{{0,3}}\.)[ \t]+){{1,5}}){re.escape(surname)}\b", self.text)
        if not m or m.group(1).strip() in ("", surname) or surname in self._expanding:
            return None
        self._expanding.add(surname)  # "Until June": resolving the phrase must not come back to "June"
        try:
            speaker = self._one(m.group(0))
        finally:
            self._expanding.discard(surname)
        if speaker and speaker.kind == "person" and speaker.actor != slugify(surname) and \
                normalise(speaker.name).split()[-1] == normalise(surname):
            return speaker
        return None

    def refer(self, noun: str) -> Speaker | None:
        """The latest actor a pronoun or a definite role noun ("the ministry") can point back to."""
        noun = noun.lower()
        if noun in ("i", "we") and self.speaking:
            return self.speaking
        if noun in _DOCUMENT_NOUNS and self.issuer:
            return self.issuer
        if noun in _DOCUMENT_NOUNS:
            return next((Speaker(a, a, confidence=0.6, rule=f"refers back ('{noun}')") for a in self.recent), None)
        want_person = noun in PERSON_PRONOUNS or noun in ROLE_NOUNS
        gender = PERSON_PRONOUNS.get(noun) or ROLE_NOUNS.get(noun)
        for actor in self.recent:
            is_person = self.kind(actor) == "person"
            if want_person and self.speaking and actor == self.speaking.actor:
                continue  # in their own words a speaker is "I": "she told this House" is someone else
            if noun in ("they", "it", "we"):
                if noun == "it" and is_person:
                    continue
                if noun == "they" and is_person and self.kind(actor) != "group":
                    continue
            elif want_person != is_person:
                continue
            if gender and self.gender.get(actor, gender) != gender:
                continue
            if noun in ROLE_NOUNS or noun in ORG_NOUNS:
                if not self._described_as(actor, noun) and noun not in ("official", "source", "head", "leader"):
                    continue
            return Speaker(actor, actor, confidence=0.6, rule=f"refers back ('{noun}')")
        if noun in _BUSINESS_NOUNS:
            # "Calmair rejected it. … the airline said": a company the registry names without saying what it does
            return next((Speaker(actor, actor, confidence=0.5, rule=f"refers back ('{noun}')") for actor in self.recent
                         if self.kind(actor) == "organization" and not self.name_words(actor) & _PUBLIC_BODIES), None)
        return None

    def _issuer(self, words: str) -> Speaker | None:
        """Who issued a document named by its issuer ("a Russian foreign ministry statement", "its statement", "a
        ministry statement"): someone the registry or the article knows, never someone new."""
        lower = words.lower().removeprefix("the ").strip()
        if lower in OWNER_PRONOUNS:
            return self.refer(OWNER_PRONOUNS[lower])
        if lower in ORG_NOUNS:
            return self.refer(lower)
        issuer = self._one(words)
        return issuer if issuer and issuer.rule not in ("new name", "new name with title", "unnamed official") else None

    def _persons_own(self, person: str, rest: str) -> Speaker | None:
        """What "his" or "her" ``rest`` names for ``person``: the body the person belongs to for "her ministry" or
        "his office", the person's own staff for "her spokesman", and what belongs to the state the person serves for
        "her prime minister" or "his government", when the registry knows it."""
        head = rest.split()[-1].lower()
        bodies = sorted(o for o in self.organisations(person) if o in self.actors and self.actors[o].type != "state")
        if wanted := _descriptors(rest):  # "his foreign ministry", said of a president: his state's, not his office
            bodies = [o for o in bodies if wanted <= _descriptors_of(self, o)]
        if head in ("office", "ministry", "department", "agency") and bodies:
            # the body named by the noun, or the one the person belongs to directly
            return Speaker(next((o for o in bodies if head in self.name_words(o)), bodies[0]), rest, confidence=0.6,
                           rule="the body of the person 'his' or 'her' points back to")
        states = {self._root(o) for o in self.organisations(person)} | {self._root(person)}
        state = next((s for s in sorted(states) if s in self.actors and self.actors[s].type == "state"), None)
        if state and head not in _PERSONAL_STAFF and \
                (served := self._one(f"{self.actors[state].name}'s {rest}")) and served.known:
            return served
        name = self.actors[person].name if person in self.actors else \
            self.proposed[person].name if person in self.proposed else person
        return self._one(f"{name}'s {rest}")

    def _described_as(self, actor: str, noun: str) -> bool:
        words = self.name_words(actor)
        return noun in words or (noun.rstrip("s") in words) or bool(words & _KINDS_OF.get(noun, set()))

    def name_words(self, actor: str) -> set[str]:
        """The words of an actor's names, aliases and roles: "the Foreign Ministry" is among Varania's foreign
        ministry's, "spokeswoman" among Yelena Dravina's."""
        known = self.actors.get(actor)
        names = [known.name, *known.aliases, *(m.role or "" for m in known.memberships)] if known else []
        if actor in self.proposed:
            names += [self.proposed[actor].name, self.proposed[actor].role or ""]
        return set(re.findall(r"\w+", " ".join(names).lower()))

    def organisations(self, actor: str) -> set[str]:
        """The organisations an actor speaks for: its memberships (a new speaker's affiliation) and all they are
        part of."""
        known = self.actors.get(actor)
        found = {m.organization for m in known.memberships} if known else set()
        if known and known.part_of:
            found.add(known.part_of)
        if actor in self.proposed and self.proposed[actor].organization:
            found.add(self.proposed[actor].organization)
        for org in list(found):
            while (parent := self.actors.get(org)) and parent.part_of and parent.part_of not in found:
                found.add(org := parent.part_of)
        return found

    # --- resolving a phrase ---------------------------------------------------------------

    def speakers(self, phrase: str) -> list[Speaker]:
        """The speakers a subject phrase names; coordinated phrases ("A and B") give several."""
        phrase = normalise(phrase).strip(" ,;:—–-\"“”‘’'")
        for _ in range(3):
            phrase = _TRAILING.sub("", _LEADING.sub("", _WHEN_BARE.sub("", _WHEN_FIRST.sub("", phrase)))).strip(" ,")
        phrase = _UNNAMED_CLAUSE.sub("", phrase)  # "an officer … who spoke on condition of anonymity": the officer
        phrase = re.sub(r"^(the)\s+(?:very\s+)?(?:same|very)\s+", r"\1 ", phrase, flags=re.I)  # "the same General Staff"
        phrase = _HEAD_OF.sub("the leader", phrase)  # "the Head of State said": the leader the story is about
        phrase = _ONE_OF.sub(_one_of, phrase)  # "one of the engineers", "one of the witnesses": an engineer, a witness
        if (source := _SOURCE_CLAUSE.search(phrase)) and source.start() and \
                _COUNTED_HEAD.fullmatch(phrase[:source.start()]) and not self._names_someone(source.group()):
            phrase = phrase[:source.start()]  # what they did, or which outlet asked them, describes them: they speak
        if not phrase or len(phrase.split()) > 16:
            return []
        phrase = re.sub(r"^(i|we|he|she|they|it)['’](?:d|m|ve|ll|re|s)$", r"\1", phrase, flags=re.I)  # "I'd say"
        phrase = re.sub(r"^let\s+(?:(me)|us)$", lambda m: "I" if m[1] else "we", phrase, flags=re.I)  # "let me say this"
        if phrase.lower() in PRONOUNS:
            found = self.refer(phrase.lower())
            return [found] if found else []
        if phrase.lower() == "you":
            return [self.addressed] if self.addressed else []  # "In May you told parliament that …", asked of a guest
        if self.speaking and self.kind(self.speaking.actor) not in ("person", "state") and \
                (own := re.fullmatch(r"(?P<the>(?i:the)\s+)?(?P<head>[A-Z][a-z]+)", phrase)) and \
                own["head"].lower() in self.name_words(self.speaking.actor) and \
                (own["the"] or own["head"].lower() in ORG_NOUNS):  # "on 2 May the Ministry", its date and "the" cut
            return [self.speaking]  # "the Mission assessed …" in the monitoring mission's own report
        if (yours := re.fullmatch(r"your\s+(?P<body>.+)", phrase, re.I)) and (found := self._guests(yours["body"])):
            return [found]  # "In March your foreign ministry called these reports fabrications", asked of a guest
        if (shared := SHARED_HEAD.fullmatch(phrase)) and shared["head"].split()[-1].rstrip("s") in ROLE_NOUNS:
            # "Ukrainian, U.S. and South Korean officials": each state's officials
            each = [self._one(f"{m.strip()} {shared['head']}") for m in re.split(r",\s*(?:and\s+)?|\s+and\s+",
                                                                                  shared["mods"])]
            if len(each) >= 2 and all(each) and len({s.actor for s in each}) == len(each):
                return each
        if "," in phrase:  # "NAME, ROLE" or "ROLE, NAME": the name speaks, the role describes
            chunks = [c.strip() for c in phrase.split(",") if c.strip()]
            resolved = [(i, self._one(c)) for i, c in enumerate(chunks)]
            named = [(i, s) for i, s in resolved if s and s.rule not in ("unnamed official", _OFFICE_HOLDER)] or \
                [(i, s) for i, s in resolved if s]
            if not named:
                return []
            # "The UN Humanitarian Coordinator for Tellan, Rafael Quint": the person, not the state the role names
            i, speaker = next(((i, s) for i, s in named if self.kind(s.actor) == "person" and s.known), named[0])
            rest = ", ".join(c for j, c in enumerate(chunks) if j != i)
            if not speaker.known and not _ANONYMOUS.search(rest):
                self.describe(speaker, rest)
            return [speaker]
        found = []
        for part in re.split(r"\s+and\s+|\s*&\s*", phrase):
            speaker = self._one(part)
            if speaker:
                found.append(speaker)
        if len(found) < 2:
            single = self._one(phrase)
            found = [single] if single else []
        return found

    def _guests(self, body: str) -> Speaker | None:
        """What "your ministry", "your government" names in an interviewer's question: what "his" or "her" would
        name for the guest (see ``_persons_own``), or the body that is the guest."""
        guest = self.addressed
        if guest is None:
            return None
        if self.kind(guest.actor) != "person":
            return Speaker(guest.actor, body, confidence=0.7, rule="the guest's own body")
        return self._persons_own(guest.actor, body)

    def named_in_full(self, phrase: str) -> list[Speaker]:
        """The speakers a phrase names whatever the article spoke of last: a document's title names its issuer in
        full ("Statement of the Ministry of Foreign Affairs of the Republic of Ostrelia"), never by reference."""
        recent, self.recent = self.recent, []
        try:
            return self.speakers(phrase)
        finally:
            self.recent = recent

    def known_in_full(self, phrase: str) -> Speaker | None:
        """The known actor a phrase names in full, proposing no new one: a heading line may name an issuer, or be
        a title or a byline, which must leave no speaker behind ("By Hanna Veselka, Southern Correspondent")."""
        proposed = dict(self.proposed)
        try:
            found = self.named_in_full(phrase)
        finally:
            self.proposed.clear()
            self.proposed.update(proposed)
        return found[0] if found and found[0].known else None

    def _names_someone(self, clause: str) -> bool:
        """Whether a clause names anyone but an outlet ("who goes by the call sign Heron" names him)."""
        for start, end, actor in reversed(self.mentions(clause)):
            if self.kind(actor) != "media":
                return True
            clause = clause[:start] + clause[end:]
        return bool(re.search(r"(?<!^)\b[A-Z][a-z]", _OUTLET_NAME.sub("", clause.strip())))

    def is_description(self, chunk: str) -> bool:
        """True for an apposition that describes rather than names ("Assistant Secretary-General for Europe")."""
        # "Ukraine's Permanent Representative to the UN": the owner is part of the description
        words = re.sub(r"^\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+", "", _PAREN.sub("", normalise(chunk))).split()
        if not words:
            return False
        head = re.split(r"\s+(?:of|for|at|to|in)\s+", " ".join(words))[0].split()
        return words[0][0].islower() or all(w.lower().strip(".,") in TITLE_WORDS or w.lower() in ROLE_NOUNS or
                                            "-" in w and all(p.lower() in TITLE_WORDS for p in w.split("-"))
                                            for w in head)

    def describe(self, speaker: Speaker, role: str) -> None:
        """Add role and affiliation to a proposed speaker from an apposition ("…, Japan's deputy minister")."""
        speaker.role = speaker.role or " ".join(w for w in role.split() if w.lower().strip("',") in TITLE_WORDS
                                                and w.lower() not in ("of", "to", "the")) or None
        speaker.described = f"{speaker.described} {role}".strip()
        if not speaker.organization:
            speaker.organization = self.affiliation(role)

    def named_later(self) -> dict[str, Speaker]:
        """Unnamed officials the article names afterwards: "the UN humanitarian chief told the Council …", then
        "Rosa Ibarra, Under-Secretary-General for Humanitarian Affairs, said …". An unnamed official is the
        one named person whose description shares a word of its role (beyond "official", "chief" and the like).
        """
        generic = set(ROLE_NOUNS) | set(STOPWORDS) | {"senior", "top", "deputy"}
        named = [p for p in self.proposed.values() if p.kind == "person" and p.rule != "unnamed official"]
        merged = {}
        for unnamed in self.proposed.values():
            if unnamed.rule != "unnamed official" or unnamed.kind != "person":
                continue
            words = {w for w in re.findall(r"[a-z]+", (unnamed.role or unnamed.name).lower()) if w not in generic}
            fits = [p for p in named if words and words & set(re.findall(r"[a-z]+", p.described.lower()))
                    and p.organization in (None, unnamed.organization)]
            if len(fits) == 1:
                merged[unnamed.actor] = fits[0]
        return merged

    def state_at(self, place: str) -> str | None:
        """The state a place names: the country itself, or the state whose capital or government it names.

        "In Nyhamn, the health ministry said …": Veldren's ministry, when Nyhamn is Veldren's capital.
        """
        if state := self.state_of(place):
            return state
        found = self.affiliation(place)
        root = self._root(found)
        return root if root in self.actors and self.actors[root].type == "state" else None

    def affiliation(self, text: str) -> str | None:
        """The known organisation or state a description names, by name, possessive or demonym.

        "Ambassador of Ilvaro to Calvore" is Ilvaro's: the place an envoy is sent to is not whom they serve.
        """
        text = re.sub(r"\s+to\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*$", "", text) \
            if re.search(r"\b(?:of|for)\b|['’]s\b|^\s*[A-Z]", text.split(" to ")[0]) else text
        mentions = self.mentions(text)
        if mentions:
            return mentions[-1][2]
        for demonym, state in DEMONYMS.items():
            if " " in demonym and state in self.actors and re.search(rf"\b{re.escape(demonym)}\b", text, re.I):
                return state
        for word in re.findall(r"[A-Z][\w.'’]*", normalise(text)):
            if state := self.state_of(word):
                return state
        for word in re.findall(r"^[A-Z][a-z]+$|[A-Z][a-z]+(?=['’]s\b)", normalise(text).strip()):  # "Seoul's spy agency"
            if (country := capital_of(word)) and (state := self.state_of(country)):
                return state
        return None

    def _one(self, phrase: str) -> Speaker | None:
        phrase = _PAREN.sub("", _LABEL.sub("", phrase.strip(" ,"))).strip()
        if not phrase:
            return None
        if _PREPOSITION.match(phrase):
            # "at his daily briefing", "on Friday": circumstances, not a speaker; "During a briefing Peskov": Peskov
            tail = re.search(r"(?<=\s)(?:(?:[A-Z][\w’'.-]+\s+)*[A-Z][\w’'-]+|he|she|they|it|we)$", phrase)
            name = _CALENDAR.sub("", tail.group()) if tail else ""  # "on Tuesday Sergei Lavrov": Lavrov
            return self._one(name) if name and not _PREPOSITION.match(name) else None
        if source := _SOURCE.match(phrase):
            # "three people familiar with the talks", "officials briefed on the draft": unnamed sources, described by
            # what they know (and whose side they are close to, if the words say)
            who = "source" if source["who"].lower() == "person" else re.sub(r"(?i)^pe(?:ople|rsons)$", "sources",
                                                                              source["who"])
            return self._unnamed(source["head"] + who + phrase[source.end("who"):])
        lower = phrase.lower()
        if re.match(r"(?:your|my)\s", lower):
            return None  # "your government", asked of a guest: whose, the words do not say
        if re.match(r"(?:no|none\s+of|not\s+one|not\s+a\s+single|neither)\s|(?:nobody|no\s+one)\b", lower):
            return None  # "No North Korean body has confirmed …": the writer noting that no one did
        bare = _DETERMINER.sub("", phrase).strip()
        if re.fullmatch(r"[A-Z][A-Z.]{1,5}", bare) and (state := self.state_of(bare)):
            return Speaker(state, bare, confidence=0.9, rule="short name of a state")  # "The US", "the DPRK"
        if lower in PRONOUNS:
            return self.refer(lower)
        if (issued := _ISSUER_OF.fullmatch(phrase)) and (issuer := self._issuer(issued["issuer"])):
            return issuer  # "A Russian foreign ministry statement called …", "the Kremlin's readout said …"
        if re.fullmatch(r"the\s+(?:\w+\s+)?(?P<noun>\w+)", lower) and lower.split()[-1] in _DOCUMENT_NOUNS:
            return self.refer(lower.split()[-1])
        if _OUTLET_NOUN.fullmatch(lower):
            # "the paper says", "the tabloid writes": the outlet named last ("The tabloid Denní Kurýr …")
            return next((Speaker(a, a, confidence=0.6, rule=f"refers back ('{lower}')") for a in self.recent
                         if self.kind(a) == "media"), None)
        if (owned := _OWNER_FIRST.match(phrase)) and (person := self._one(owned["rest"])) and \
                person.rule == "new name with title":
            # "Russia's Foreign Minister Sergei Lavrov": the owner says whom the new person serves
            person.organization = person.organization or self.affiliation(owned["owner"])
            return person
        if (of := _NAME_OF.match(phrase)) and not self.mentions(of["head"]) and \
                not any(s < of.end("head") < e for s, e, _ in self.mentions(phrase)) and \
                not any(self.kind(a) == "person" for _, _, a in self.mentions(of["org"])) and \
                (head := self._one(of["head"])) and head.kind == "person" and \
                head.rule not in ("unnamed official", "the one holder of that role"):  # "US Secretary of State X"
            if not head.known and not head.organization:
                head.organization = self.affiliation(of["org"])
            return head
        if (owner := _PERSONS_OWN.match(phrase)) and \
                (person := self.refer(OWNER_PRONOUNS[owner["pronoun"].lower()])):
            return self._persons_own(person.actor, owner["rest"])
        if (owner := _POSSESSIVE_PRONOUN.match(phrase)) and (referent := self.refer("it")):
            # "its foreign ministry": the organisation of the actor "its" points back to, or of the state it is part
            # of ("the government of Vostrana" … "its foreign ministry": Vostrana's)
            root = self._root(referent.actor)
            owner_id = root if root in self.actors and self.actors[root].type == "state" else referent.actor
            name = self.actors[owner_id].name if owner_id in self.actors else \
                self.proposed[owner_id].name if owner_id in self.proposed else owner_id
            phrase = f"{name}'s {owner['rest']}"
            lower = phrase.lower()
        if (seat := _SEAT.fullmatch(phrase)) and capital_of(seat["place"]) and \
                (government := self._one(seat["place"]) if self.mentions(seat["place"]) else self._single(seat["place"])):
            return government  # whoever the capital alone names: its government, or the state
        if (officials := _OFFICIALS_IN.fullmatch(phrase)) and (country := capital_of(officials["place"])) and \
                (state := self.state_of(country)):
            return Speaker(state, phrase, confidence=0.6, rule="a capital's unnamed officials")
        if (where := _PLACE_PP.search(phrase)) and (base := phrase[:where.start()]) and \
                (self._demonym_or_owner(base) or len(base.split()) <= 3 and _DETERMINER.match(base.lower()) and
                 not base.lower().endswith("s")):
            # "the Varanian embassy in Halden" is Varania's embassy, "a diplomat in Halden" a diplomat:
            # the place says where they are, not whom they speak for
            return self._one(base)
        if (where := _COMMON_PLACE_PP.search(phrase)) and (base := phrase[:where.start()]) and \
                base.split()[-1].lower().removesuffix("s") in ROLE_NOUNS and not self.mentions(phrase):
            return self._one(base)  # "a doctor at the district hospital" is a doctor
        every = self.mentions(phrase)
        # a possessive names a modifier ("North Korea's minister"), not the speaker
        mentions = [m for m in every if phrase[m[1]:m[1] + 2] not in ("'s", "’s")]
        names = [m for m in _NAME.finditer(phrase) if not all(w.lower().strip(".") in TITLE_WORDS or w.lower() in TITLE_WORDS
                                                               or self.state_of(w) or w.lower() in DEMONYMS
                                                               or _DETERMINER.match(w + " ")  # "Two Russian officials"
                                                               for w in m.group().split())
                 and not _MULTIWORD_DEMONYM.fullmatch(normalise(m.group()))  # "South Korean officials": no name
                 and not m.group().endswith(("'s", "’s"))  # "Kim Jong Un's sister, Kim Yo Jong": an owner
                 and phrase[m.end():m.end() + 2] not in ("'s", "’s")
                 and not _TITLE_OF.search(phrase[:m.start()])]  # "Secretary of External Affairs" names an office
        for m in _NAME.finditer(phrase):
            words = m.group().split()
            if _TITLE_OF.search(phrase[:m.start()]) and len(words) >= 3:
                # "Minister for Trade Jon Elder": the office, then the person (the last two words)
                names.append(_NAME.match(phrase, m.end() - len(" ".join(words[-2:]))))
        unknown = [m for m in names if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in every)]
        for s_, e_, _ in every:  # "Pentagon Deputy Press Secretary Sabrina Singh": a new name after a known one
            for m in _NAME.finditer(phrase, e_):
                if m.start() <= e_ + 1 and not any(s <= m.start() < e for s, e, _ in every) and \
                        not all(w.lower().strip(".") in TITLE_WORDS for w in m.group().split()):
                    unknown.append(m)
        head = lower.split()[-1] if lower.split() else ""
        if mentions and (role_of := _ROLE_OF.match(phrase)) and not unknown and \
                all(s >= role_of.end("role") and self.kind(a) != "person" for s, _, a in every):
            return self._unnamed(phrase)  # "the representative of Estmark" is a person of Estmark
        if len(mentions) >= 2 and self.kind(mentions[0][2]) == "person" and not unknown and \
                re.match(r"\s+(?:of|from|at)\s", phrase[mentions[0][1]:]) and \
                all(self.kind(a) != "person" for _, _, a in mentions[1:]):
            start, end, actor = mentions[0]  # "Aldous Crane of the Kelsham Institute": the person, of it
            return Speaker(actor, phrase[start:end], confidence=0.9)
        if mentions and (not unknown or mentions[-1][1] >= unknown[-1].end()):
            start, end, actor = mentions[-1]
            tail = phrase[end:].strip().lower()
            if not tail and ((body := _BODY_OF.match(phrase[:start])) and body["noun"].lower() in ORG_NOUNS or
                             _ORG_OF.match(phrase[:start]) and self.kind(actor) == "state"):
                # "the Supreme Defence Council of Varania", "Ministry of Foreign Affairs of the Republic of Ambrel":
                # a body of the state
                return self._organisation(phrase)
            if tail and (tail.split()[-1] in ROLE_NOUNS or tail.split()[-1].rstrip("s") in ROLE_NOUNS) and \
                    self.kind(actor) != "person":
                return self._unnamed(phrase)  # "the Kremlin's spokesman" is a person of the Kremlin
            if tail and tail.split()[-1] in ORG_NOUNS and self.kind(actor) == "state":
                return self._organisation(phrase)
            return Speaker(actor, phrase[start:end], confidence=0.9 if end == len(phrase) else 0.75)
        if unknown and _DETERMINER.match(lower) and (pp := _affiliation_pp(phrase)) and \
                phrase[:pp.start()].split()[-1].lower() in ROLE_NOUNS and pp["org"].split()[-1].lower() in ORG_NOUNS \
                and not _ORG_OF.match(phrase):
            return self._unnamed(phrase)  # "a spokesperson for the U.S. State Department": a person, not the department
        if _ORG_OF.match(phrase) or (unknown and _ORG_WORD.search(re.split(r"\s+(?:of|for)\s+", unknown[-1].group())[0].split()[-1])):
            return self._organisation(phrase)  # "the Ministry of Maritime Affairs", "the US Department of Defense"
        # "the US Secretary of the Treasury Janet Yellen": an office, then the person holding it (not "a diplomat at
        # the United Nations", where the name is whom the diplomat is with)
        named_last = bool(unknown) and phrase.rstrip().endswith(unknown[-1].group()) and \
            not any(w.lower() in ORG_NOUNS for w in unknown[-1].group().split()) and \
            not re.search(r"\b(?:at|in|with|from|to)\s+(?:the\s+)?[A-Z]", phrase)
        if unknown and _DETERMINER.match(lower) and (_without_pp(phrase).split()[-1].lower() in ROLE_NOUNS) and \
                not named_last:
            return self._unnamed(phrase)  # "a diplomat at the United Nations": the diplomat, of the UN
        if unknown:
            return self._propose(phrase, unknown[-1], mentions)
        if head in ORG_NOUNS or head.rstrip("s") in ORG_NOUNS:
            if _DETERMINER.match(lower) and lower.startswith("the ") and len(lower.split()) <= 3 and \
                    not self.affiliation(phrase[4:]) and not (phrase[4:5].isupper() and len(lower.split()) == 3) and \
                    not re.search(r"s['’]\s", phrase):
                # "the ministry": the one named before (but "the shipowners' association" says which it is)
                return self.refer(head) or self.refer(head.rstrip("s"))
            return self._organisation(phrase)
        if head in ROLE_NOUNS or head.rstrip("s") in ROLE_NOUNS or _PLACE_PP.search(phrase) or _affiliation_pp(phrase):
            base = _PLACE_PP.sub("", phrase) if _PLACE_PP.search(phrase) and is_place(_PLACE_PP.search(phrase)["place"]) else phrase
            base_head = base.lower().split()[-1] if base.split() else ""
            stripped = _without_pp(base)
            stripped_head = stripped.lower().split()[-1] if stripped.split() else ""
            office = lower.split()[1:]
            if lower.startswith("the ") and 2 <= len(office) <= 3 and \
                    all(w in ROLE_NOUNS or w in TITLE_WORDS for w in office) and \
                    (holder := next((a for a in self.recent if self.kind(a) == "person" and
                                     set(office) <= self.name_words(a)), None)):
                return Speaker(holder, holder, confidence=0.7, rule=_OFFICE_HOLDER)  # "the Director General"
            if lower.startswith("the ") and len(base.split()) == 2 and base_head in ROLE_NOUNS:
                # "the Minister" in a spokesperson's answer, named by no one before: their own minister
                return self.refer(base_head) or (self._unnamed(base) if self.speaking else None)
            if base_head in ROLE_NOUNS or base_head.rstrip("s") in ROLE_NOUNS or stripped_head in ROLE_NOUNS \
                    or stripped_head.rstrip("s") in ROLE_NOUNS:
                return self._unnamed(base)
            if stripped_head in ORG_NOUNS:
                # "the Ministry of Defense" keeps its capitalised complement; "the ministry in Kyiv" does not
                pp = _affiliation_pp(base)
                return self._organisation(base if pp and re.match(r"(?:the\s+)?[A-Z]", pp["org"]) and
                                          not is_place(pp["org"].removeprefix("the ")) else stripped)
            return None
        return self._single(phrase)

    def _demonym_or_owner(self, phrase: str) -> bool:
        """True when a phrase names its own state or owner ("the Varanian embassy", "Belmark's envoy")."""
        return any(w.lower() in DEMONYMS or self.state_of(w) for w in re.findall(r"[\w'’-]+", phrase)) or \
            bool(re.search(r"['’]s\b", phrase))

    def _side(self, actor: str) -> str | None:
        """The organisation an actor speaks for: a known person's first membership, a proposed one's affiliation."""
        known = self.actors.get(actor)
        if known:
            return known.memberships[0].organization if known.type == "person" and known.memberships else actor
        return self.proposed[actor].organization if actor in self.proposed else None

    def _single(self, phrase: str) -> Speaker | None:
        """One capitalised word: a surname introduced earlier, a capital, a country, or a new surname."""
        words = phrase.split()
        if len(words) != 1 or not _CAPITALISED.fullmatch(words[0]) or words[0].lower() in _STOP_NAMES:
            return None
        word = words[0]
        for speaker in self.proposed.values():
            if speaker.kind == "person" and speaker.name.split()[-1] == word:
                return speaker
        # "Hendrik: I find that credible", after "Guests: Hendrik Sauvé, …": a first name the article has given in full
        firsts = {s.actor: s for s in self.proposed.values() if s.kind == "person" and len(s.name.split()) >= 2 and
                  s.name.split()[0] == word}
        if len(firsts) == 1:
            return next(iter(firsts.values()))
        if country := (capital_of(word) or (word if is_country(word) else None)):
            state = self.state_of(country)
            if state:
                return Speaker(state, word, confidence=0.7, rule="capital for its state")
            return self._new(slugify(country), country, "state", None, None, 0.5, "capital for its state")
        if is_place(word) or self.state_of(word) or word.lower() in TITLE_WORDS:
            return None
        if (full := self.full_name(word)) is not None:
            return full
        return self._new(slugify(word), word, "person", None, None, 0.4, "new surname")

    def _new(self, slug: str, name: str, kind: str, role: str | None, organization: str | None, confidence: float,
             rule: str) -> Speaker:
        if slug in self.actors:
            return Speaker(slug, name, rule=rule)
        speaker = self.proposed.setdefault(slug, Speaker(slug, name, known=False, kind=kind, role=role,
                                                          organization=organization, confidence=confidence, rule=rule))
        return speaker

    def speaks_for(self, person: str, actor: str) -> bool:
        """True when a known person belongs to ``actor``'s state or organisation: an ambassador writing "Halvoria
        calls upon the Council" speaks for Halvoria in her own words."""
        known = self.actors.get(person)
        if not known or known.type != "person" or not known.memberships or self.kind(actor) == "person":
            return False
        return self._root(known.memberships[0].organization) == self._root(actor)

    def _root(self, actor: str | None) -> str | None:
        seen = set()
        while actor in self.actors and self.actors[actor].part_of and actor not in seen:
            seen.add(actor)
            actor = self.actors[actor].part_of
        return actor

    def _registry_org(self, phrase: str, owner: str | None) -> str | None:
        """A known organisation of the same state that the description fits ("Tashgard's foreign ministry")."""
        root = self._root(owner)
        if root is None:
            return self._unowned_org(phrase)
        wanted = _descriptors(phrase)
        best, best_score = None, 0
        for actor in self.actors.values():
            if actor.type != "organization" or self._root(actor.id) != root:
                continue
            has = set()
            for name in (actor.name, *actor.aliases):
                has |= _descriptors(name)
            score = len(wanted & has) if wanted else int("government" in has and _GOVERNMENT.search(phrase) is not None)
            if score > best_score:
                best, best_score = actor.id, score
        return best if best_score and (not wanted or wanted <= _descriptors_of(self, best)) else None

    def _unowned_org(self, phrase: str) -> str | None:
        """The known organisation whose name is ``phrase`` and its state ("the Ministry of Defence" of "Ministry of
        Defence of Drosvia"): the only one, or that of the state the article spoke of last."""
        wanted = " ".join(re.findall(r"\w+", _DETERMINER.sub("", phrase).lower()))
        fits = []
        for actor in self.actors.values():
            state = self.actors.get(self._root(actor.id) or "")
            if actor.type != "organization" or not state:
                continue
            names = [re.sub(rf"\s+of\s+(?:the\s+)?{re.escape(n)}$", "", actor.name, flags=re.I)
                     for n in (state.name, *state.aliases)]
            if any(" ".join(re.findall(r"\w+", n.lower())) == wanted for n in names if n != actor.name):
                fits.append(actor.id)
        if len(fits) <= 1:
            return fits[0] if fits else None
        recent = [self._root(a) for a in self.recent]
        spoken_of = [a for a in fits if self._root(a) in recent]
        return min(spoken_of, key=lambda a: recent.index(self._root(a))) if spoken_of else None

    def _organisation(self, phrase: str) -> Speaker | None:
        """An organisation named by its head noun, part of the state its possessive or demonym names."""
        name = _DETERMINER.sub("", phrase).strip()
        if len(name.split()) > 10 or any(w.lower().strip(",.") in _NOT_IN_NP for w in name.split()):
            return None
        owner = _POSSESSIVE.match(name)
        state = self.affiliation(owner["owner"]) if owner else self.affiliation(name)
        if known := self._registry_org(name, state):
            return Speaker(known, name, confidence=0.75, rule="organisation of a known state")
        slug = slugify(name)
        kind = "media" if name.lower().split()[-1] in MEDIA_NOUNS else "organization"
        speaker = self._new(slug, name, kind, None, state, 0.5, "organisation by its head noun")
        return speaker

    def _employer(self, body: str, state: str | None = None) -> str | None:
        """Whom an official ``body`` describes works for: the known organisation of the state it names (its
        ``affiliation``, when already read) that the description fits ("the Russian Foreign Ministry"), else what
        it names ("Russia")."""
        state = state or self.affiliation(body)
        if _descriptors(body) and self.kind(state or "") == "state":
            return self._registry_org(body, state) or state
        return state

    def _holder(self, body: str, head: str) -> str | None:
        """The one known person holding the role ``body`` describes, in the organisation it names.

        "A spokeswoman for the Russian Foreign Ministry" is the ministry's spokeswoman: when the
        registry knows none, she is not the Kremlin's spokesman, though both serve Russia. A holder
        found elsewhere in the state is taken only from the state itself or an organisation the
        description fits ("the Russian foreign minister" listed as Russia's).
        """
        state = self.affiliation(body)
        org = self._employer(body, state)
        if org != state and (member := self._member(org, head, body)):
            return member
        member = self._member(state, head, body)
        wanted = _descriptors(body)
        if member and org != state and not any(
                m.organization == state or wanted <= _descriptors_of(self, m.organization)
                for m in self.actors[member].memberships if m.organization in self.actors):
            return None
        return member

    def _member(self, organization: str | None, role: str, phrase: str = "") -> str | None:
        """The one known person holding ``role`` in ``organization`` ("the Kremlin spokesperson" -> Peskov),
        or in any organisation of that state ("Calvore's Foreign Secretary").

        When several hold a role of that name, every word of the whole phrase must be in the role:
        "Secretary of External Affairs" is not the Defence Secretary.
        """
        wanted = {_ROLE_KEY.get(w, w) for w in re.findall(r"[a-z]+", role.lower()) if w in ROLE_NOUNS}
        if "leader" in wanted:
            wanted |= _LEADERS  # "the Quillonese leader" is Quillon's president, or its prime minister
        detail = {_ROLE_KEY.get(w, w) for w in re.findall(r"[a-z]+", normalise(phrase).lower())
                  if w not in STOPWORDS and w != "s" and w not in DEMONYMS and not self.state_of(w.title())}
        def role_words(m) -> frozenset[str]:
            return frozenset(_ROLE_KEY.get(w, w) for w in re.findall(r"[a-z]+", (m.role or "").lower()))

        if organization is None:  # "the Secretary of External Affairs": a full title only one person holds
            ids = {a.id for a in self.actors.values() if a.type == "person" for m in a.memberships
                   if (len(detail) >= 3 and detail <= role_words(m)) or (len(detail) >= 2 and detail == role_words(m))}
            return ids.pop() if len(ids) == 1 else None

        people = [a for a in self.actors.values() if a.type == "person"]
        holders = {(a.id, role_words(m)) for a in people for m in a.memberships
                   if m.organization == organization and wanted & role_words(m)}
        if not holders:
            holders = {(a.id, role_words(m)) for a in people for m in a.memberships
                       if self._root(m.organization) == organization != m.organization and wanted & role_words(m)}
        ids = {a for a, _ in holders}
        if len(ids) > 1 and detail:
            ids = {a for a, words in holders if detail <= words}
        return ids.pop() if len(ids) == 1 else None

    def _unnamed(self, phrase: str) -> Speaker | None:
        """An official the article does not name: a person (a group, in the plural) with role and affiliation."""
        body = _DETERMINER.sub("", phrase).strip()
        head = _without_pp(body)
        for start, end, _ in reversed(self.mentions(head)):  # a named affiliation counts as one word
            head = f"{head[:start]}X{head[end:]}"
        if len(head.split()) > 6 or any(w.lower().strip(",.") in _NOT_IN_NP for w in head.split()):
            return None
        singular = not re.search(r"s$", head.split()[-1] if head.split() else "")
        if singular and (member := self._holder(body, head)):
            return Speaker(member, phrase, confidence=0.7, rule="the one holder of that role")
        if singular and phrase.lower().startswith("the ") and self.speaking and \
                (member := self._member(self._side(self.speaking.actor), head, body)):
            # a spokesperson's "the Foreign Secretary": the one of their own ministry or state
            return Speaker(member, phrase, confidence=0.6, rule="the holder of that role on the speaker's side")
        noun = _without_pp(body).split()[-1]  # "foreign ministers of the G7": the ministers
        plural = bool(re.search(r"s$", noun)) and noun.rstrip("s") in ROLE_NOUNS
        organization = self._employer(body)
        if not organization and not plural and re.fullmatch(r"(?:a|an|one)\s+spokes(?:man|woman|person)", phrase.strip(),
                                                             re.I):
            # "The commission did not say …, and a spokesman declined …": the spokesman of the body just named
            organization = next((a for a in self.recent if self.kind(a) not in ("person", "group", "state")), None)
        unnamed = _without_pp(body)
        for start, end, _ in reversed(self.mentions(unnamed)):  # the named affiliation is not part of the role
            unnamed = unnamed[:start] + re.sub(r"^['’]s\b", "", unnamed[end:]).lstrip()
        unnamed = _MULTIWORD_DEMONYM.sub(" ", unnamed)  # "South Korean officials": officials, not "South officials"
        role = " ".join(w for w in re.findall(r"[\w'’.-]+", unnamed)
                        if not self.state_of(w) and w.lower() not in DEMONYMS and not self.mentions(w)) or body
        slug = slugify(role)
        if organization and organization not in slug:
            slug = f"{organization}_{slug}"
        if plural and role.lower() in ("officials", "authorities") and self.kind(organization or "") == "state":
            return Speaker(organization, body, confidence=0.6, rule="a state's unnamed officials")
        return self._new(slug, body, "group" if plural else "person", role, organization, 0.5, "unnamed official")

    def _propose(self, phrase: str, name: re.Match, mentions: list) -> Speaker:
        words = name.group().split()
        owner = _MULTIWORD_DEMONYM.match(" ".join(words))  # "South Korean President Yoon Suk Yeol"
        lead = words[:len(owner.group().split())] if owner else []
        for w in words[len(lead):]:
            if w.lower().strip(".") in TITLE_WORDS or w.lower() in TITLE_WORDS or w.lower() in DEMONYMS or self.state_of(w) \
                    or w.lower() in ORG_NOUNS or w.lower() in ROLE_NOUNS or (w.isupper() and len(w) <= 6) or \
                    w.endswith(("'s", "’s")):
                lead.append(w)
            else:
                break
        if len(lead) == len(words):
            return self._organisation(phrase)  # "the UN": an acronym is a body, not a person
        person_name = " ".join(words[len(lead):])
        before = (phrase[: name.start()] + " " + " ".join(lead)).strip()
        organization = next((a for s, e, a in reversed(mentions) if e <= name.start() + 1), None)
        if demonym := _MULTIWORD_DEMONYM.search(before):  # "South Korean President": South Korea's president
            state = DEMONYMS[demonym.group().lower()]
            organization = organization or (state if state in self.actors else None)
            before = _MULTIWORD_DEMONYM.sub(" ", before)
        if organization is None:
            organization = next((self.state_of(w) for w in re.findall(r"[\w.'’]+", before) if self.state_of(w)), None)
        titles = []  # the run of title words right before the name: "Defence Ministry spokesman"
        for w in reversed(re.findall(r"[\w'’.-]+", before)):
            bare = w.lower().strip(".,").removesuffix("'s").removesuffix("’s")
            if bare in TITLE_WORDS or bare in ROLE_NOUNS or bare in ORG_NOUNS or bare in DEMONYMS or \
                    self.state_of(w) or w[:1].isupper() and not w.endswith(("'s", "’s")):
                titles.insert(0, w)
            else:
                break
        role = " ".join(w for w in titles if w.lower() not in ("the", "a", "an", *HONORIFICS) and not self.state_of(w)
                        and w.lower().removesuffix("'s") not in DEMONYMS
                        and not any(w in self.actors[a].name for _, _, a in mentions if a in self.actors)) or None
        slug = slugify(person_name)
        if slug in self.actors:
            return Speaker(slug, person_name)
        return self._new(slug, person_name, "person", role, organization, 0.5, "new name with title")
