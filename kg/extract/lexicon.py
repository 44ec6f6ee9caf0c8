"""The words news writing uses to attribute statements: cues by class, hedges, titles, demonyms.

Reporting verbs are listed once, by lemma, in the class that decides the statement type
(modelled on PARC 3.0's attribution cues and VerbNet's say-class); their inflected forms
are generated, so "stress" also finds "stressed", "stresses" and "stressing". A verb may
also lower the certainty of what it reports ("believe" and "expect" make it probable,
"suggest" and "hint" possible). A refusal or hedge wrapped around a speech verb ("declined
to confirm", "would neither confirm nor deny", "stopped short of saying") is a no-comment
whatever the embedded verb, so a wrapper is found before any verb it contains.

>>> forms("stress")
['stress', 'stressed', 'stresses', 'stressing']
>>> forms("brush off")
['brush off', 'brushed off', 'brushes off', 'brushing off']
>>> CUE_RE.search("The ministry flatly denied the report").group()
'denied'
>>> cue_of(NONCOMMIT_RE.search("She declined to confirm the figure")).type
'non_confirmation'

The lists are English and rule-based on purpose: no model is downloaded, and every
decision the extractor makes can be traced to an entry here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """What a reporting cue says about the statement it introduces."""

    type: str
    certainty: str | None = None  # "PR" or "PS" when the cue itself hedges
    lemma: str = ""


#: statement type (and certainty the verb itself implies) -> lemmas of its reporting verbs
VERBS: dict[tuple[str, str | None], tuple[str, ...]] = {
    ("claim", None): (
        "say", "tell", "claim", "stress", "emphasise", "emphasize", "point out", "explain", "note", "add", "argue",
        "remark", "insist", "maintain", "allege", "assert", "announce", "declare", "reiterate", "contend", "write",
        "repeat", "underline", "underscore", "observe", "reply", "respond", "testify", "disclose", "reveal", "state",
        "report", "comment", "affirm", "assure", "boast", "concede", "counter", "retort", "post", "tweet", "pledge",
        "vow", "promise", "make clear", "make it clear", "hit back", "fire back", "shoot back", "inform", "recall",
        "reaffirm", "fume", "snap", "rage", "thunder", "scoff", "sneer", "quip", "gush", "rant", "seethe", "growl",
        "roar", "bark", "read", "submit", "speak of"),
    ("claim", "PR"): ("believe", "estimate", "expect", "assess", "predict", "think", "forecast", "anticipate"),
    ("claim", "PS"): ("suggest", "hint", "indicate", "speculate", "imply", "signal"),
    ("confirmation", None): ("confirm", "acknowledge", "verify", "admit", "corroborate", "concur"),
    ("denial", None): ("deny", "refute", "disprove", "reject", "rebuff", "contest", "dispute"),
    ("dismissal", None): ("dismiss", "brush off", "brush aside", "scoff at", "deride", "ridicule",
                          "wave off", "wave away", "shrug off", "slam", "decry", "blast", "pour scorn on"),
    ("accusation", None): ("accuse", "blame", "charge", "condemn", "denounce"),
    ("warning", None): ("warn", "caution"),
    ("call", None): ("urge", "call for", "call on", "call upon", "demand", "appeal to", "appeal for", "propose", "recommend",
                     "put forward", "push for", "put on the table", "press for", "plead for", "exhort", "want",
                     "request"),
}
#: forms that are far more often nouns or other words than reporting verbs
NOT_CUES = {"state", "reports", "report", "charge", "charges", "note", "comments", "comment", "post",
            "posts", "tweet", "tweets", "request", "requests",
            "quote", "quotes", "claim", "brief", "briefs", "signal", "signals", "counter", "counters", "repeat",
            "slam", "slams", "demand", "press for",
            "wanted", "wanting"}  # "wanted the exercise to pass": a motive the writer tells, not a call
_IRREGULAR = {"say": "said", "tell": "told", "think": "thought", "write": "wrote", "put": "put", "make": "made", "hit": "hit",
              "shoot": "shot", "read": "read", "speak": "spoke"}
_DOUBLE = {"admit", "commit", "concur", "regret", "slam", "shrug", "hit", "put", "snap", "quip", "submit"}
_SPEECH_OBJECTS = ("confirm", "comment", "deny", "verify", "say", "rule out", "exclude", "speculate", "discuss",
                   "elaborate", "disclose", "specify", "corroborate", "acknowledge", "address", "give details",
                   # on something, into comment, or alone; not "would not be drawn into the conflict"
                   r"be drawn(?=\s+on\b|\s+(?:into|in)\s+(?:comment|discuss|specul|detail)|\s*[,.;]|\s*$)",
                   "go into", "get into", "provide details", "offer details",
                   "preview", "characteri[sz]e", "put a number", "give a timeline", "give a figure", "name",
                   "detail", "reveal", "share", "make (?:any )?(?:further )?comments?", "say anything",
                   "get ahead of")


def forms(lemma: str) -> list[str]:
    """The base, past, third-person and -ing forms of a (possibly multiword) verb."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head in _IRREGULAR:
        past = _IRREGULAR[head]
    elif head.endswith("e"):
        past = head + "d"
    elif re.search(r"[^aeiou]y$", head):
        past = head[:-1] + "ied"
    elif head in _DOUBLE:
        past = head + head[-1] + "ed"
    else:
        past = head + "ed"
    third = head[:-1] + "ies" if re.search(r"[^aeiou]y$", head) else head + ("es" if re.search(r"(s|sh|ch|x|z)$", head) else "s")
    ing = (head[:-1] if head.endswith("e") and not head.endswith("ee") else head + head[-1] if head in _DOUBLE else head) + "ing"
    return [f"{w}{tail}" for w in dict.fromkeys((head, past, third, ing))]


def _ing(verb: str) -> str:
    return forms(verb)[-1]


CUES: list[tuple[str, Cue]] = sorted(
    ((form, Cue(kind, certainty, lemma)) for (kind, certainty), lemmas in VERBS.items() for lemma in lemmas
     for form in forms(lemma) if form not in NOT_CUES),
    key=lambda item: -len(item[0]))
_CUE_INDEX = {form: cue for form, cue in CUES}
#: a source named by a phrase rather than a verb: "according to X", "in the view of X", "in Velden's view", "It is the
#: assessment of X that …"
SOURCE_PHRASE = (r"according\s+to|in\s+the\s+(?:view|opinion|assessment|estimation|eyes)\s+of|"
                 r"it\s+is\s+the\s+(?:view|opinion|assessment|position|belief|understanding|conviction)\s+of|"
                 r"in\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s?\s+(?:view|opinion|assessment|estimation)")
_SOURCE_PHRASE_RE = re.compile(SOURCE_PHRASE, re.I)
CUE_RE = re.compile(r"\b(?:" + "|".join(re.escape(form).replace(r"\ ", r"\s+") for form, _ in CUES) + "|" + SOURCE_PHRASE + r")\b",
                    re.I)

#: a refusal or hedge around a speech verb: a no-comment whatever the embedded verb
_REFUSAL = (r"(?:declined|declines|declining|refused|refuses|refusing|was unwilling|were unwilling|was not prepared|"
            r"(?:was|were|is|are)\s+(?:not\s+)?(?:un)?able|(?:was|were|is|are) not in a position)\s+to")
_NEGATED = (r"(?:could not|cannot|can not|could(?:n['’]t)|can(?:['’]t)|did not|didn['’]t|does not|doesn['’]t|do not|"
            r"don['’]t|would not|wouldn['’]t|will not|won['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t|"
            r"unable to|not able to|(?:am|is|are|was|were|['’]m|['’]re)\s+not\s+going\s+to|not\s+in\s+a\s+position\s+to)"
            r"(?:[\s\"“”'‘’]+(?:immediately|independently|officially|publicly|yet|so far|directly|explicitly|fully|"
            r"want to|wish to|intend to|be able to|going to))*")
_SHORT = r"(?:refrain(?:ed|s|ing)? from|stopped short of|stops short of|avoided|shied away from|sidestepped)"
#: what only a refusal takes: "declined to answer", "avoided answering" (but "did not respond to a request" is no refusal)
_REFUSED_OBJECTS = ("answer", "respond", "reply", "take questions")
_OBJ_BASE = "|".join(o.replace(" ", r"\s+") for o in _SPEECH_OBJECTS)
_REFUSED_BASE = "|".join(o.replace(" ", r"\s+") for o in _SPEECH_OBJECTS + _REFUSED_OBJECTS)
_OBJ_ING = "|".join(_ing(o.split()[0]) + (r"\s+" + o.split(" ", 1)[1].replace(" ", r"\s+") if " " in o else "")
                    for o in _SPEECH_OBJECTS + _REFUSED_OBJECTS)
#: what a speaker does to a question or a claim put to them: "asked about …", "commenting on …"
ANSWERING = r"(?:asked|questioned|pressed|commenting|responding|reacting|replying)"
#: the outlet noting what has not happened ("has not commented", "have never officially confirmed it"): no speech act
_HAS_NOT = r"(?:has|have|had)(?:\s+not|n['’]t|\s+never)\s+(?:yet\s+|publicly\s+|officially\s+|formally\s+|directly\s+)*"
_ABSENCE = _HAS_NOT + r"(?:comment|confirm|den[yi]|acknowledg|address|respond)"
NONCOMMIT_RE = re.compile(
    rf"\b(?:{_REFUSAL}(?:\s+(?:either|immediately|publicly|officially|independently|directly))?\s+(?:{_REFUSED_BASE})"
    rf"|(?!{_ABSENCE}){_NEGATED}[\s\"“”'‘’]+(?:either\s+)?(?:{_OBJ_BASE})"
    rf"|(?:could|can|would|will|did|does|do)\s+[\"“'‘]\s*not\s+(?:yet\s+|immediately\s+|independently\s+)?(?:{_OBJ_BASE})"
    rf"|{_SHORT}\s+(?:{_OBJ_ING})"
    rf"|(?:(?:would|will|could|did)\s+)?neither\s+(?:confirm|den[yi]|comment)\w*\s+nor\s+(?:confirm|den[yi]|comment)\w*"
    rf"|(?:had|has|have|with|['’]ve)\s+(?:got\s+)?[\"“'‘]?nothing\s+(?:further\s+|more\s+|new\s+)?to\s+(?:add|say|share|offer)"
    rf"|(?:do\s+not|don['’]t|did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+have\s+anything\s+(?:further\s+|more\s+|new\s+)?"
    rf"to\s+(?:add|say|share|offer)"
    rf"|(?:had|has|have|with|gave|offered)\s+no\s+(?:immediate\s+|further\s+|official\s+)?comment"
    rf"|(?:had|has|have|['’]ve)\s+[\"“'‘]?no\s+(?:further\s+|new\s+|additional\s+)?(?:information|details|knowledge|data)\b"
    rf"|(?:do\s+not|don['’]t|does\s+not|doesn['’]t|did\s+not|didn['’]t)\s+have\s+(?:any\s+)?(?:more\s+|further\s+|new\s+|"
    rf"additional\s+)?(?:information|details|knowledge|data|updates?)\b"
    rf"|\bnothing\s+(?:that\s+)?(?:I|we)\s+(?:can|could)\s+(?:{_OBJ_BASE})"
    rf"|(?:am|is|are|was|were|['’]m|['’]re)\s+[\"“'‘]?not\s+aware\s+of"
    rf"|(?:had|has|have)\s+[\"“'‘]?taken\s+note[\"”'’]?\s+of"
    rf"|(?:takes?|took|taking|has|have|had)\s+no\s+(?:\w+\s+)?position\s+on"
    rf"|\bnever\s+(?:publicly\s+)?(?:comments?|discuss(?:es)?)\s+(?:on\s+)?"
    rf"|\b(?:I|we)\s*(?:have|['’]ve)\s+already\s+(?:answered|commented|responded)"
    rf"(?:\s+(?:on\s+|to\s+)?(?:this|that|it|the\s+question|the\s+matter))?"
    rf"(?=\s*[.!?\"”’]*\s*$)"
    rf"|(?:do|does|did|will|would)\s+not\s+take\s+(?:a|any)\s+(?:\w+\s+)?position\s+on"
    rf"|(?:left|leaves|leaving|let)\s+(?:\w+\s+){{0,2}}?without\s+(?:an?\s+|any\s+)?(?:comment|answer|reply)"
    rf"|(?:(?:do|does|did)\s+not\s+(?:feel|see)\s+(?:the|any)|(?:see|sees|saw|feel|feels|felt)\s+no)\s+need\s+to\s+"
    rf"(?:{_OBJ_BASE})"
    rf"|\brefer(?:s|red|ring)?\s+(?:you|questions?|reporters|journalists|them|all\s+questions|(?:the\s+)?(?:question|"
    rf"matter)s?)\s+(?:\w+\s+)?to\b)", re.I)

#: a speaker's words that leave a claim open: "such claims have yet to be verified", "remain unconfirmed"
OPEN_CLAIM = re.compile(r"\b(?:do|does|did|don['’]t|doesn['’]t|didn['’]t)\s+(?:not\s+)?(?:yet\s+)?know\s+(?:yet\s+)?"
                        r"(?:whether|if|how|when|what|where)\b|\b(?:(?:have|has|had)\s+yet\s+to\s+be|(?:have|has|had)\s+not\s+(?:yet\s+)?been|could\s+not\s+be|"
                        r"cannot\s+be|can't\s+be|remains?|remained)\s+(?:independently\s+)?(?:verified|confirmed|"
                        r"corroborated|checked|unconfirmed|unverified)\b"
                        r"|\b(?:have|has|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?seen\s+(?:any\s+)?(?:evidence|signs?|indications?|proof|"
                        r"them|it|that|this|(?:the|those|these|such)\s+(?:\w+\s+)?(?:video|footage|images?|pictures?|photos?|"
                        r"photographs?|reports?|documents?|dossier|recording|intelligence))\b"
                        r"|\b(?:have|has|had)\s+(?:yet\s+)?seen\s+no\s+(?:evidence|signs?|indications?|proof)\b"
                        r"|^\W*(?:whether|what|when|how|why|who|where)\b.{3,120}?\b(?:is|are|remains?|was)\s+(?:still\s+)?"
                        r"(?:unclear|not clear|unknown|not known|another question|a different question|an open question|"
                        r"anyone's guess|to be seen)\b"
                        r"|\b(?:it\s+)?(?:is|was|remains?|remained)\s+(?:still\s+)?(?:unclear|not (?:yet )?clear|not (?:yet )?known|"
                        r"to be seen)\s+(?:whether|if|what|when|how|why|who|where)\b"
                        # "it is too early to say who fired", 'called it "far too early" to draw conclusions'
                        r"|\b(?:it|that|this)\s+(?:(?:is|was|would\s+be|will\s+be|remains?|remained|seems?|seemed)\s+)?"
                        r"[\"“‘]?(?:(?:far|much|still|simply)\s+)?(?:too\s+early|premature)[\"”’]?\s+to\s+(?:say|tell|"
                        r"determine|judge|speculate|know|draw\s+(?:any\s+)?conclusions|conclude|attribute|(?:assign|apportion|lay)\s+"
                        r"(?:any\s+|the\s+)?(?:blame|responsibility)|point\s+(?:any\s+|the\s+)?fingers?)\b",
                        re.I)
#: reporting verbs that are also ordinary verbs ("maintains a relationship", "noted the date"): a cue only
#: with a clause ("that", a colon, a quote) or when the reported words come before them
NEEDS_CLAUSE = {"maintain", "note", "observe", "explain", "reveal", "disclose", "repeat", "stress", "emphasise", "post",
                "tweet",
                "emphasize", "underline", "underscore", "signal", "indicate", "add", "report", "announce", "state",
                "pledge", "vow", "promise", "recall", "reaffirm", "inform",
                # counsel "submitted that" the detention was unlawful; a party submits a report or a request
                "submit",
                # a tabloid's manner of saying ('"Talk is cheap," he snapped'), ordinary verbs everywhere else
                "fume", "snap", "rage", "thunder", "scoff", "sneer", "quip", "gush", "rant", "seethe", "growl", "roar",
                "bark",
                # '"…," the statement read': a document's words, but "read the report" is reading
                "read"}
#: verbs that dismiss what they take as object ("slammed the plan") and only say how words were said after a quote
#: ('"It was a stunt," he blasted')
MANNER_DISMISSALS = {"blast", "slam"}

DEFAULT_FACTUALITY = {
    "claim": "CT+", "denial": "CT-", "confirmation": "CT+", "non_confirmation": "Uu",
    "warning": "PR+", "call": None, "dismissal": "PR-", "accusation": "CT+",
}
# hedges lowering certainty to "probable" (PR) or "possible" (PS)
PROBABLE = re.compile(r"\b(?:likely|probably|could|would likely|expected to|appears? to|seems? to|apparently|"
                      r"believed to|presumably|is thought to|are thought to|in all likelihood|believes?|believed|"
                      r"assess(?:es|ed)?|estimates?|estimated|expects?|expected|high confidence|little doubt|"
                      r"every reason to believe|(?:clear |strong )?signs? (?:that|of)|broadly consistent|indicat\w+)\b", re.I)
POSSIBLE = re.compile(r"\b(?:might|may|possibly|perhaps|if true|if substantiated|if confirmed|potentially|"
                      r"conceivably|cannot be ruled out|could not be ruled out)\b", re.I)
#: a claim that some step would bring harm is a warning ("would risk a dangerous escalation")
WARNING_CONTENT = re.compile(r"\b(?:would|could|will|may|might)\s+(?:\w+\s+)?(?:risk|escalat\w*|provoke|trigger|lead to|"
                             r"spark|plunge|drag|turn\s+\w+\s+into|widen|destabili[sz]e|endanger|threaten)\b|"
                             r"\b(?:dangerous|grave|serious)\s+(?:escalation|consequences|threat)\b|"
                             # a threat: "if the crew is not freed, X will take all necessary measures / there will be a cost"
                             r"\b(?:will|would|shall)\s+(?:\w+\s+){0,3}?(?:[\"“']?(?:all\s+)?necessary\s+measures|consequences|"
                             r"(?:a|the)\s+(?:heavy\s+|high\s+)?(?:cost|price)|retaliat\w*|respond\s+(?:accordingly|in kind|"
                             r"firmly|decisively|appropriately|in whatever way|as it sees fit|with force)|"
                             # "we will respond, and …", "Ostrelia will respond.": a response left unsaid is a threat
                             r"respond(?=\s*[,.;!]|\s*$|\s+and\b)|not\s+stand\s+(?:idly\s+)?by|"
                             r"not\s+(?:go|remain)\s+unanswered)", re.I)
#: "no longer a rumour", "not fake": a negated dismissive word asserts, it does not dismiss
NEGATED_DISMISSIVE = re.compile(r"\b(?:no longer|not|never|hardly|far from)\s+(?:\w+\s+){0,2}?[\"“'‘]?(?:an?\s+)?"
                                r"(?:fake|rumou?r|fabricat|lie|hoax|invent|speculat|fiction|propaganda)", re.I)
#: words that make a reported claim a dismissal of something ("calls it fake news")
DISMISSIVE = re.compile(r"\b(?:fake(?: news)?|nonsense|lies|lie|fabricat\w+|rumou?rs?|baseless|groundless|unfounded|"
                        r"absurd|provocation|propaganda|hoax|disinformation|misinformation|smear|slander|ridiculous|"
                        r"fiction|fantasy|fantasies|canard|false|untrue|speculation|far-fetched|invented|ravings?|"
                        r"fairy[ -]tales?|garbage|rubbish|hysteria|staged|farce|racket|slanders?|fakes?|concoct\w*|"
                        r"fairytales?|lying|nonsensical|preposterous|delusional|alarmis[tm]|forger(?:y|ies)|"
                        r"doctored|inventions?|fever[ -]dreams?|figments?|conspiracy theor(?:y|ies)|montages?|exaggerat(?:ed|ions?)|overblown|"
                        r"inflated|overstated|unsubstantiated|distort(?:ed|ions?))\b", re.I)
DIRECTIVE = re.compile(r"\b(?:should|must|ought to|need to|needs to|has to|have to|let us|let.s|had better|urge)\b", re.I)
REPORTEDLY = re.compile(r"\b(?:reportedly|allegedly|according to (?:media )?reports|is said to|are said to|"
                        r"was said to|were said to)\b", re.I)
#: "called the reports baseless": a verb of naming whose complement dismisses its object
LABEL_VERBS = (r"(?:called|calls|calling|described|describes|describing|labell?ed|labels|termed|terms|branded|brands|"
               r"characteri[sz]ed|characteri[sz]es|regards?|regarded|considers?|considered|dubbed|dubs)")
LABEL_RE = re.compile(rf"\b{LABEL_VERBS}\b", re.I)
#: a truth predicate that denies what was said: "That's simply not true."
DENYING = re.compile(r"\b(?:(?:is|are|was|were|['’]s|['’]re)\s+(?:simply\s+|absolutely\s+|completely\s+|just\s+|entirely\s+)?"
                     r"(?:not true|untrue|false|incorrect|wrong|not the case|not correct|not accurate|inaccurate)|"
                     r"there is no truth|no truth (?:to|in))\b", re.I)

#: the speaker's own side rejecting what was reported, inside the reported words: "(he said) his country categorically
#: rejects the allegations", "(she said) we firmly deny these reports"
OWN_REJECTION = re.compile(
    r"^\W*(?:we|I|(?:his|her|their|our|its|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:again\s+|once again\s+)?[\"“]?"
    r"(?:categorically|firmly|strongly|flatly|resolutely|totally|completely|emphatically)?\s*[\"“]?(?:(?P<dismissal>"
    + "|".join(f for lemma in VERBS[("dismissal", None)] for f in forms(lemma)) + r")|(?P<denial>"
    + "|".join(f for lemma in VERBS[("denial", None)] for f in forms(lemma)) + r"))[\"”]?\s+(?:the|these|those|such|all|any|this|that)\s+(?:[\w-]+\s+){0,2}?(?:reports?|claims?|allegations?|"
    r"accusations?|assertions?|charges?|rumou?rs?|stories|publications?|insinuations?)\b", re.I)

TITLE_WORDS = {
    "president", "prime", "minister", "secretary", "general", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "chief", "head", "director", "commander", "foreign", "defence", "defense", "intelligence",
    "military", "official", "envoy", "chancellor", "deputy", "of", "to", "the", "senior", "state", "vice",
    "representative", "permanent", "special", "first", "chairman", "chairwoman", "chair", "premier", "cabinet",
    "press", "attache", "attaché", "adviser", "advisor", "national", "security", "lieutenant", "colonel", "major",
    "admiral", "marshal", "lt.", "col.", "gen.", "maj.", "sen.", "senator", "rep.", "gov.", "capt.", "sgt.", "adm.",
    "prof.", "mr", "mrs", "ms", "mr.", "mrs.",
    "ms.", "dr", "dr.", "interior", "home", "affairs", "ministry", "department", "staff", "spy", "agency", "top",
    "assistant", "undersecretary", "under-secretary", "high", "commissioner", "counsellor", "counselor", "delegate",
    "navy", "army", "air", "force", "joint", "chiefs", "speaker", "lawmaker", "legislator", "opposition", "leader",
    "governor", "mayor", "king", "queen", "sheikh", "emir", "sultan", "pope", "former", "acting", "new", "chief's",
    "comrade", "respected", "dear", "sir", "dame", "lord", "lady", "baroness", "baron",
}
#: the titles of address before a name, which say nothing of the office held: "Mr", "Dr", "Sir"
HONORIFICS = {"mr", "mrs", "ms", "mr.", "mrs.", "ms.", "dr", "dr.", "prof.", "sir", "dame", "lord", "lady", "baroness",
              "baron", "comrade", "respected", "dear"}
#: nouns that name a person by office: "the spokeswoman" refers back to a speaker with that role
ROLE_NOUNS = {
    "spokesman": "m", "spokeswoman": "f", "spokesperson": None, "minister": None, "ambassador": None, "envoy": None,
    "official": None, "diplomat": None, "president": None, "secretary": None, "chancellor": None, "premier": None,
    "commander": None, "general": None, "chief": None, "director": None, "representative": None, "delegate": None,
    "adviser": None, "advisor": None, "aide": None, "officer": None, "source": None, "lawmaker": None,
    "legislator": None, "senator": None, "analyst": None, "expert": None, "negotiator": None, "chairman": "m",
    "chairwoman": "f", "leader": None, "head": None, "attache": None, "attaché": None, "colonel": None,
    "governor": None, "mayor": None, "counsellor": None, "counselor": None, "prosecutor": None, "investigator": None,
    "member": None, "soldier": None, "commentator": None, "observer": None, "witness": None, "resident": None,
    "activist": None, "blogger": None, "journalist": None, "reporter": None, "correspondent": None,
    "researcher": None, "scholar": None, "volunteer": None, "campaigner": None, "veteran": None, "lawyer": None,
    "user": None, "linguist": None, "engineer": None, "scientist": None, "doctor": None, "physician": None,
    "surgeon": None, "nurse": None, "medic": None, "paramedic": None, "specialist": None, "economist": None,
    "historian": None, "professor": None, "academic": None, "inspector": None, "farmer": None, "villager": None,
    "survivor": None, "relative": None, "teacher": None, "student": None, "worker": None, "employee": None,
    "interviewee": None, "respondent": None, "driver": None,
    "pilot": None, "sailor": None, "fisherman": "m", "trader": None, "executive": None, "manager": None,
    "owner": None, "priest": None, "refugee": None, "mother": "f", "father": "m", "widow": "f",
    "pharmacist": None, "electrician": None, "mechanic": None, "shopkeeper": None, "baker": None, "butcher": None,
    "grandmother": "f", "grandfather": "m", "nun": "f", "imam": "m", "rabbi": None, "bishop": None, "midwife": "f",
    "firefighter": None, "rescuer": None, "dockworker": None, "docker": None, "miner": None, "conscript": None,
    "sniper": None, "guard": None, "shepherd": None, "herder": None, "vet": None, "housewife": "f",
    "pensioner": None, "businessman": "m", "businesswoman": "f", "entrepreneur": None, "lecturer": None,
    "commissioner": None, "ombudsman": None, "ombudswoman": "f", "ombudsperson": None, "rapporteur": None,
    "coordinator": None, "mediator": None, "judge": None, "attorney": None, "barrister": None, "solicitor": None,
    "captain": None, "lieutenant": None, "admiral": None, "sergeant": None, "chairperson": None, "registrar": None,
    # people a war does something to, whom reports and rights groups quote: "a former detainee told us that …"
    "detainee": None, "prisoner": None, "captive": None, "hostage": None, "inmate": None, "evacuee": None,
    "deportee": None, "defector": None, "deserter": None, "patient": None, "passenger": None, "eyewitness": None,
    "protester": None, "demonstrator": None, "neighbour": None, "neighbor": None, "mourner": None, "returnee": None,
}
#: head nouns of organisations: "the ministry" refers back to one, "Ruritania's defence ministry" proposes one
ORG_NOUNS = {
    "ministry", "department", "office", "agency", "service", "government", "administration", "embassy", "consulate",
    "mission",
    "council", "command", "army", "military", "parliament", "presidency", "secretariat", "committee", "alliance",
    "cabinet", "kremlin", "pentagon", "palace", "directorate", "bureau", "headquarters", "staff", "navy", "guard",
    "police", "court", "assembly", "commission", "authorities", "authority", "forces", "legislature", "senate",
    "regime", "junta", "leadership", "delegation", "spokesperson's office", "intelligence", "observatory",
    "newspaper", "agency's", "broadcaster", "outlet", "daily", "channel", "network", "media", "press", "organisation",
    "organization", "union", "bloc", "group", "federation", "coalition", "movement", "party", "force", "airline",
    "company", "firm", "operator", "charity", "watchdog",
    "institute", "institution", "centre", "center", "foundation", "university", "think-tank", "team",
    "association", "board", "league", "society", "chamber", "guild",
}
MEDIA_NOUNS = {"newspaper", "broadcaster", "outlet", "daily", "channel", "network", "media", "agency's", "tv", "radio",
               "television", "news agency", "press", "courier", "gazette", "times", "post", "herald", "tribune",
               "journal", "chronicle", "telegraph", "monitor", "wire", "weekly", "review", "beacon", "observer",
               "express", "bulletin", "dispatch"}
DEMONYMS = {
    "russian": "russia", "ukrainian": "ukraine", "french": "france", "lithuanian": "lithuania",
    "american": "united_states", "us": "united_states", "u.s.": "united_states", "south korean": "south_korea",
    "north korean": "north_korea", "british": "united_kingdom", "german": "germany", "chinese": "china",
    "japanese": "japan", "polish": "poland", "iranian": "iran", "israeli": "israel", "turkish": "turkey",
    "indian": "india", "italian": "italy", "spanish": "spain", "dutch": "netherlands", "swedish": "sweden",
    "finnish": "finland", "estonian": "estonia", "latvian": "latvia", "belarusian": "belarus", "georgian": "georgia",
    "canadian": "canada", "australian": "australia", "korean": "korea", "european": "eu", "uk": "united_kingdom",
    # official short names news uses for states
    "dprk": "north_korea", "rok": "south_korea", "prc": "china", "usa": "united_states", "u.k.": "united_kingdom",
}
#: states' official long names: "the Democratic People's Republic of Korea" names North Korea
OFFICIAL_NAMES = {
    "russian federation": "russia", "people's republic of china": "china",
    "democratic people's republic of korea": "north_korea", "republic of korea": "south_korea",
}
DEMONYMS.update(OFFICIAL_NAMES)
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
PERSON_PRONOUNS = {"he": "m", "she": "f", "i": None}
CAPTION = re.compile(r"\(Photo\b|Getty Images|\bPhoto:|Image:|\bPhotograph:|/ Reuters\)|\(AP Photo|"
                     # the outlet's note on its own mistake: "Correction, August 22: An earlier version of this article …"
                     r"^\s*(?:Correction|Clarification|Editor['’]s note)\b[^:\n]{0,40}:|"
                     r"^\s*(?:An?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report)\b", re.I)
STOPWORDS = set("""a an the of in on at to for by with from and or but that this these those is are was were be been
being has have had will would could should may might can its it their they he she his her as into than
then there which who whom whose what when where how also both all any some such not no""".split())
#: determiners and possessives: a cue word right after one is a noun ("the claims"), not a verb
#: "that" opening a clause of its own, not a relative clause ("states that border …") nor a demonstrative ("that
#: credible")
THAT_CLAUSE = re.compile(r"\s+that\s+[\"“‘']?(?:[A-Z0-9]|(?:the|a|an|its|their|his|her|this|these|those|no|any|all|some|"
                          r"every|it|they|he|she|we|there|none|neither|both|most|many|several|few|only|each)\b)")
#: what a source asks for itself, not of anyone in the story: "requested anonymity", "asked that her name not be printed"
ANONYMOUS = (r"\s+(?:anonymity|not\s+to\s+be\s+(?:named|identified|quoted)|that\s+(?:(?:his|her|their|its|the)\s+)?"
             r"(?:full\s+|real\s+|sur)?(?:names?|identity)\b)")
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|these|those|this|that|his|her|its|their|our|such|any|no|of)|['’]s)\s+$", re.I)
#: a base form after "to", a modal or a negation is not a speech event of its own ("urged them to confirm", "will
#: deny"); after "did" or "does" alone it is an emphatic one ("did say, on 17 January, that …")
NOT_EVENT_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|shall|not|n['’]t)\s+$", re.I)


def cue_of(match: re.Match) -> Cue:
    """What a match of :data:`CUE_RE` or :data:`NONCOMMIT_RE` says about its statement."""
    words = " ".join(match.group().lower().split())
    if match.re is NONCOMMIT_RE:
        return Cue("non_confirmation", None, words)
    if _SOURCE_PHRASE_RE.fullmatch(match.group()):
        return Cue("claim", None, "according to")
    return _CUE_INDEX[words]


def is_verb(text: str, match: re.Match) -> bool:
    """False when the cue word is used as a noun ("the claims", "Russia's denials") or a belief verb takes an
    infinitive of action ("expected to request")."""
    before = text[max(0, match.start() - 20):match.start()]
    if _NOUN_BEFORE.search(before):
        return False
    cue = _CUE_INDEX.get(" ".join(match.group().lower().split()))
    lemma = cue.lemma if cue else ""
    if re.fullmatch(r"said|says|say", match.group().lower()) and \
            re.match(r"\s+(?:nothing|little|not a word)\b", text[match.end():match.end() + 14]):
        return False  # "Pyongyang said nothing for six months": the outlet notes a silence
    if not re.search(r"(?:ed|said|says?|told|tells?)$", match.group().lower()) and \
            re.match(r"\s+(?:was|is|were|are|has|had|have|will|would)\b", text[match.end():match.end() + 12]):
        return False  # "the NIS estimate was consistent", "Kyiv claims are baseless": a noun with a verb of its own
    if re.search(r"\b(?:statement|message|video|letter|post|note|article|interview|communiqu[eé]|address|remarks)\s+$",
                 before, re.I) and match.group().lower().endswith("ed") and \
            not re.match(r"\s+(?:the|these|those|this|that|it|them|such|all|any)\b", text[match.end():], re.I):
        # "a statement posted on social media": a participle describing the text, not a speech act (but "a ministry
        # statement called the reports baseless": the statement's own verb)
        return False
    if re.fullmatch(r"said|reported|alleged|claimed|believed|thought|rumou?red", match.group().lower()) and \
            re.match(r"\s+to\s+(?:be|have|show|contain|include|depict|come|belong)\b", text[match.end():match.end() + 20]) and \
            re.search(r"\b(?:[a-z]+s|photos?|images?|video|footage|man|woman|who|which|that|are|is|was|were)\s+$",
                      before, re.I):
        return False  # "images said to show soldiers", "a unit reported to be in Kursk": hearsay, no speech act
    if re.search(_HAS_NOT + "$", text[max(0, match.start() - 40):match.start()], re.I) and \
            match.group().lower().endswith("ed"):
        return False  # "Russian officials have not denied the reports": the outlet notes an absence
    if match.group().lower() == "writing" and re.search(r"\bin\s+$", before):
        return False  # "answered our questions in writing": how, not a second report
    after = text[match.end():match.end() + 40]
    if re.match(r"\s+(?:it|things)\s+(?:differently|otherwise|another\s+way)\b", after):
        return False  # "The cutter's captain tells it differently": the outlet announces an account to come
    if match.group().lower() in ("states", "notes") and not (THAT_CLAUSE.match(after) or after.lstrip().startswith(":")):
        return False  # "the states that border the strait", "the notes that were exchanged": nouns with a relative clause
    if lemma == "request" and re.match(ANONYMOUS + r"|\s*(?:[.,;:)]|$)", after, re.I):
        # "a diplomat who requested anonymity": how the source spoke; "a meeting that Quellany had requested.": the
        # call is the noun before, told by the writer
        return False
    if cue and cue.certainty and re.match(r"\s+to\s+(?!be\b)[a-z]+", text[match.end():match.end() + 30]):
        return False  # "allies expected to request a session": what they mean to do, not something said
    return not (lemma and " ".join(match.group().lower().split()) == lemma and NOT_EVENT_BEFORE.search(before))
