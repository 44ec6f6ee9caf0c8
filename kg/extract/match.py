"""Claim matching: which proposition a drafted statement is about.

Word overlap between a sentence and a proposition's text goes wrong in four ways: the
attribution leaks into the match, back-references ("rejected the accusation") share no word
with what they refer to, aliases and paraphrases (Pyongyang / North Korea, soldiers /
troops, sent / deployed) are different words, and long, specific propositions win on overlap
alone. So the matcher compares **concepts**, not words:

- only the reported content is compared (the extractor strips the speaker and the cue, and
  a refusal's wrapper: "declined to confirm that troops …" is about "troops …");
- every name of a known actor becomes its state ("Pyongyang", "North Korean", "the DPRK"
  are one concept), a city becomes the country it is in (GeoNames), and a domain lexicon
  folds paraphrases into one concept (troops, soldiers, service members; sent, deployed,
  arrived);
- a proposition's concepts are its parts (who, what, where, how many, and whether it is a
  plan or a fact); alternatives ("killed, wounded or captured") are one part that any of
  them covers, a count in the thousands covers "several thousand", troops cover "military
  personnel" and drones cover "weapons" but not the other way round, and a plain word that is
  no concept ("third", "area") counts half as much as one that is;
- the score is an F-measure over those parts, each weighted by how rare it is among the
  propositions, leaning to the proposition's side: a proposition is chosen only when the
  words support most of it, so a longer, stronger one the words do not support loses; a
  proposition may also be covered through one of its **views**: one predicate of a conjunction
  ("… is lawful and threatens no third country", "… should agree to a ceasefire and negotiate")
  or the action without its reason ("new sanctions" for "new sanctions over X's support");
- some evidence is never enough to link: words that share only who or what a proposition is
  about ("servicemen", "weapons"), not what it says of them; words that name states, none of
  them the proposition's; words that cannot tell the two best candidates apart but for the states
  the article supplied; a name that tells nothing apart ("Tarvel" in "the Tarvel dam" when no
  other dam is named) is no part at all;
- reported words leave out what the story has made plain ("4,000 troops are in the
  country"): when the words name no state at all, the states the article is about stand in, for
  three quarters, for the states a proposition names;
- tense and mood must agree: "will go into combat" is a plan, not a fact, and a claim is
  never about what someone should do;
- content that only points back takes the proposition of what it answers: "the video", "the
  figure" what the sentence that introduced it said; "nothing to add to the ministry's comments",
  "asked about Voss's remarks" what that actor said; "the reports" the claim the article's
  mentions support most (itself or through entailment); the latest one otherwise. A dismissive
  label ("another provocation") is no part of what a sentence raises, nor of what a denial or
  dismissal is about.

Each statement gets ranked candidates (id, text, score, why) for the reviewer; a statement
linked to nothing proposes a new proposition, and near-duplicate new ones in one draft are
merged.

>>> from kg.annotations import Proposition, Place
>>> from pathlib import Path
>>> p = Place(Path("p.yaml"), 1)
>>> props = {"in": Proposition("in", "Foreign troops are in the country.", (), (), False, p),
...          "front": Proposition("front", "Foreign troops are fighting at the front.", (), (), False, p)}
>>> m = Matcher(props, {})
>>> m.best("foreign soldiers have arrived in the country").proposition
'in'
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from ..annotations import Actor, Proposition, entailed
from .lexicon import DEMONYMS, DIRECTIVE, DISMISSIVE, STOPWORDS
from .mentions import ActorIndex, normalise
from .numerals import digits
from .polarity import NEGATED_OBJECT, negated, negated_words

#: paraphrases folded into one concept; the key is the concept's name. A word is matched through its stem
#: ("deploying" is "deploy"), except one written "=word": that word only, because its stem also takes in words of
#: another meaning ("villagers" and "village", "ships" and "shipped", "talks" and "any talk of")
SYNONYMS: dict[str, tuple[str, ...]] = {
    "troops": ("troop", "troops", "soldier", "soldiers", "servicemen", "serviceman", "service member", "servicemember",
               "force", "forces", "fighter", "fighters", "unit", "units", "battalion", "brigade",
               "contingent", "regiment", "division", "boots", "mercenary", "mercenaries",
               "infantry", "army", "armies", "subdivision", "subdivisions", "recruit",
               "recruits", "conscript", "conscripts", "reinforcement", "reinforcements", "men", "formation", "formations", "armed formations", "militia", "militias"),
    "elite": ("special forces", "special operations forces", "special-forces", "special operations troops",
              "commando", "commandos", "elite troops", "elite units", "elite soldiers", "elite forces",
              "shock troops", "storm troops", "spetsnaz", "paratrooper", "paratroopers", "assault troops"),
    "personnel": ("personnel", "military personnel", "military staff"),
    "thousands": ("thousand", "thousands"),
    "deploy": ("send", "sent", "sending", "deploy", "deployed", "deployment", "dispatch", "dispatched", "arrive",
               "arrived", "arrival", "move", "moved", "movement", "transfer", "transferred", "=stationed", "=stationing",
               "presence", "present on", "enter", "entered", "on the ground", "redeploy", "relocate", "relocated",
               "amass", "amassed", "=massing", "=massed", "build-up", "buildup", "=posted", "rotated into", "sent in", "heading for", "heading to", "left for", "leave for", "leaving for", "gone to", "travelled to", "traveled to",
               "=ferried", "=transported", "reach", "reached", "by train", "by rail", "by sea", "by air", "in the country", "on its territory", "on the territory"),
    "fight": ("fight", "fighting", "fought", "combat", "battle", "battlefield", "frontline", "front line", "front",
              "clash", "clashed", "engage", "engaged", "join the war", "join the fight", "assault", "offensive",
              "line of contact", "war zone", "hostilities", "combat zone", "combat operations", "combat missions",
              "front lines", "frontlines", "under fire", "exchanged fire", "exchange of fire", "firefight",
              "firefights", "skirmish", "skirmishes", "engagement", "engagements", "fired on", "fired at",
              "opened fire on", "opened fire at"),
    "weapons": ("weapon", "weapons", "arms", "munition", "munitions", "ammunition", "rocket", "rockets", "artillery",
                "materiel", "military hardware", "air-defence", "air defence", "projectile", "projectiles", "warhead",
                "warheads", "ordnance"),
    "drone": ("drone", "drones", "attack drone", "attack drones", "kamikaze drone", "kamikaze drones", "uav", "uavs",
              "loitering munition", "loitering munitions", "unmanned aerial vehicle", "unmanned aerial vehicles"),
    "missile": ("missile", "missiles", "cruise missile", "cruise missiles", "ballistic missile", "ballistic missiles"),
    "shell": ("shell", "shells", "artillery shell", "artillery shells", "artillery rounds", "shell casings"),
    "supply": ("supply", "supplies", "supplying", "supplied", "provide", "provided", "providing", "deliver", "delivered",
               "delivery", "deliveries", "shipment", "shipments", "shipped", "shipping", "sell", "sold", "export", "pour",
               "pouring"),
    "cooperate": ("cooperate", "cooperation", "co-operation", "collaborate", "collaboration", "ties", "partnership",
                  "agreement", "agreements", "accord", "accords",
                  "alliance", "allied", "pact", "relations", "relationship", "coordinate", "coordination", "treaty"),
    "capture": ("capture", "captured", "captures", "detain", "detained", "seize", "seized", "seizure", "prisoner",
                "prisoners", "intercept", "intercepted", "impound", "impounded", "=boarded", "=boarding",
                "hijack", "hijacked",
                "taken prisoner", "arrest", "arrested", "caught", "pow", "pows", "captive", "captives", "taken captive",
                "in captivity", "confiscated", "=commandeered", "abduct", "abducted", "abduction", "kidnap", "kidnapped",
                "hostage", "hostages"),
    "train": ("train", "training", "trained", "drill", "drills", "exercise", "exercises", "instruct", "camp", "camps"),
    "escalate": ("escalate", "escalation", "escalating", "intensify", "widen", "widening", "spill", "spill over",
                 "internationalization", "internationalisation", "whole continent", "entire continent", "whole region",
                 "entire region", "wider war", "wider conflict", "broader war", "broader conflict", "regional war",
                 "regional conflict", "drag in", "dragged into", "draw in", "drawn into", "expansion of the war",
                 "expansion of the conflict", "expanding the war", "expanding the conflict", "expand the war",
                 "expand the conflict", "expanded the war", "expanded the conflict"),
    "lawful": ("lawful", "legal", "legitimate", "international law", "in line with", "conform", "conforms",
               "conforming", "in accordance with", "breaks no law", "broke no law", "break no law", "consistent with", "violates no",
               "violated no", "charter"),
    "unlawful": ("violate", "violates", "violated", "violating", "violation", "violations", "illegal", "illegally",
                 "unlawful", "unlawfully", "illegitimate", "in breach of", "breach of international law",
                 "contrary to international law", "contravene", "contravenes", "contravened", "contravening"),
    "sovereign": ("sovereign", "sovereignty", "right to", "business of", "internal matter", "nobody else",
                  "bilateral", "entitled", "own business", "our business", "their business", "nobody's business",
                  "no one's business", "own affair", "own affairs", "internal affair", "internal affairs",
                  "our own decision", "its own decision", "their own decision", "for us to decide",
                  "for them to decide", "ours to decide", "up to us", "matter for", "concerns only", "concern only",
                  "concerned only", "only concerns", "only concerned", "a matter between"),
    "strengthen": ("strengthen", "strengthening", "=develop", "=developing", "=develops", "deepen", "deepening",
                   "expand", "expanding", "bolster", "bolstering", "boost", "boosting", "build up", "building up"),
    "involved": ("involve", "involved", "involvement", "participate", "participation", "take part", "taking part",
                 "neutral", "neutrality", "uninvolved", "non-belligerent",
                 "taken part", "role in", "complicit", "party to the war", "party to the conflict", "party to this war",
                 "party to this conflict", "co-belligerent"),
    "casualty": ("kill", "killed", "dead", "death", "deaths", "casualty", "casualties", "wounded", "injured", "losses",
                 "=bodies", "=toll", "=tolls", "body bags", "died", "dying", "lost their lives", "lives lost",
                 "death toll", "fatalities", "killed in action", "wounded in action", "perished", "slain", "massacre", "massacres", "massacred",
                 "mass grave", "mass graves", "mass killing", "mass killings", "murder", "murdered", "murders", "murdering",
                 "slaughter", "slaughtered"),
    "crew": ("crew", "crews", "crewmen", "crew members", "sailors", "seamen", "seafarers", "mariners"),
    "driven": ("displaced", "displacement", "homeless", "evacuated", "evacuation", "forced from their homes",
               "driven from their homes", "fled their homes", "refugees"),
    "desert": ("desert", "deserter", "deserters", "defect", "defected", "fled", "flee", "abandon"),
    "ship": ("=ship", "=ships", "vessel", "vessels", "freighter", "freighters", "tanker", "tankers", "cargo ship",
             "bulk carrier", "bulk carriers", "container ship", "container ships", "merchant vessel", "merchant vessels",
             "merchant ship", "warship", "warships", "frigate", "boat", "boats"),
    "aircraft": ("aircraft", "plane", "planes", "airliner", "airliners", "passenger plane", "passenger jet", "jet", "jets", "fighter jet", "warplane", "warplanes", "helicopter",
                 "helicopters", "pilot", "pilots", "airman", "air force", "bomber", "bombers", "fighter jets",
                 "fighter-bomber", "fighter-bombers", "transport plane", "cargo plane", "=gunship", "=gunships"),
    "investigate": ("investigate", "investigation", "investigations", "inquiry", "enquiry", "probe", "fact-finding",
                    "independent review", "examine", "examination", "inspectors", "establish the facts",
                    "establish what happened", "commission of inquiry", "determine who", "determine what happened"),
    "impartial": ("impartial", "independent", "neutral inquiry", "credible"),
    "retaliate": ("retaliate", "retaliation", "retaliatory", "reprisal", "reprisals", "countermeasures",
                  "necessary measures", "respond in kind"),
    "cost": ("consequences", "pay a price", "pay dearly", "a price to pay", "a cost", "a heavy price", "a high price"),
    "civilians": ("civilian", "civilians", "residents", "=villagers", "non-combatants", "noncombatants", "=people",
                  "inhabitants"),
    "sanction": ("sanction", "sanctions", "penalty", "penalties", "embargo", "restrictive measures", "punitive measures",
                 "asset freeze", "asset freezes", "blacklist", "blacklisted", "travel ban", "travel bans", "export controls"),
    "attack": ("attack", "attacks", "strike", "strikes", "struck", "bomb", "bombing", "raid", "fired at", "hit",
               "breach", "breached", "destroy", "destroyed", "destruction", "blew up", "=shelled", "=shelling",
               "bombardment", "bombarded", "airstrike", "airstrikes", "blast", "=explosion", "=explosions", "direct hit",
               "blown up", "demolish", "demolished", "damaged", "sabotage", "sabotaged", "targeted"),
    "abroad": ("abroad", "overseas", "outside its own territory", "outside its territory", "outside the country",
               "outside its borders", "beyond its borders", "beyond the borders", "beyond its own borders",
               "left its borders", "leave its borders", "foreign soil", "foreign territory"),
    "border": ("border", "borders", "frontier", "frontiers"),
    "withdraw": ("withdraw", "withdrew", "withdrawn", "withdrawal", "pull", "pulled", "pull out", "pull back", "pulled out", "pulled back", "recall",
                 "bring home", "leave the country", "retreat", "retreated", "fell back"),
    "sides": ("sides", "all sides", "both sides", "all parties", "both parties", "the parties", "warring parties",
              "the belligerents", "all concerned", "relevant parties", "parties concerned", "the parties concerned"),
    "restraint": ("restraint", "calm", "de-escalate", "de-escalation", "avoid steps", "heighten tensions",
                  "inflame", "political settlement", "peaceful solution", "refrain from", "raise tensions",
                  "escalatory steps", "exercise restraint"),
    "aid": ("aid", "assistance", "help", "support"),
    "partners": ("partner", "partners", "=allies", "=ally", "backer", "backers", "=supporters"),
    "talks": ("=talks", "peace talks", "negotiate", "negotiation", "negotiations", "dialogue", "peace", "mediate",
              "mediation", "mediator", "mediators", "brokered"),
    "ceasefire": ("ceasefire", "cease-fire", "truce", "cessation of hostilities", "armistice"),
    "access": ("access", "=entry", "allowed in", "let in", "admitted", "unhindered", "unimpeded", "go anywhere",
               "free to go"),
    "refuse": ("refused entry", "refused access", "refused permission", "denied access", "denied entry",
               "barred from", "kept out", "keep out", "keeps out", "not allowed", "not been allowed", "not permitted",
               "blocked from", "shut out", "turned back", "turn back", "turning back", "prevent", "prevented",
               "preventing", "obstruct", "obstructed", "obstructing", "obstruction", "hinder", "hindered", "hindering",
               "impede", "impeded", "impeding"),
    "coerce": ("blackmail", "blackmailing", "coerce", "coercion", "coercive", "=pressure", "=pressured", "=pressuring",
               "punish", "punishment", "punishing", "leverage", "=weaponise", "=weaponised", "=weaponising", "=weaponize",
               "=weaponized", "=weaponizing", "as a weapon", "into a weapon", "as a political weapon", "as a lever",
               "as leverage", "intimidate", "intimidation"),
    "exchange": ("exchange", "exchanged", "exchanging", "=swap", "=swaps", "=swapped",
                 "handed over in return"),
    "outage": ("blackout", "blackouts", "outage", "outages", "power cut", "power cuts", "power failure", "power failures",
               "lost power", "loss of power", "without power", "without electricity", "cut off from electricity",
               "lights went out", "cut the power"),
    "chemical": ("chemical weapon", "chemical weapons", "chemical munitions", "chemical agent", "chemical agents",
                 "choking agent", "choking agents", "nerve agent", "nerve agents", "=chlorine", "=sarin", "mustard gas",
                 "poison gas", "toxic gas", "toxic chemicals", "chemical attack", "chemical attacks"),
    "abuse": ("torture", "tortured", "torturing", "tortures", "mistreat", "mistreated", "mistreatment", "maltreatment",
              "ill-treatment", "ill-treated", "abuse", "abused", "abuses", "=beaten", "=beatings", "electric shocks",
              "inhumane treatment", "degrading treatment", "cruel treatment"),
    "execute": ("execute", "executed", "execution", "executions", "summary executions", "shot at close range",
                "point-blank", "point blank", "shot in the head", "shot in the back of the head", "hands tied",
                "hands bound"),
    "atrocity": ("war crime", "war crimes", "atrocity", "atrocities", "crimes against humanity", "genocide",
                 "ethnic cleansing"),
    "finance": ("finance", "financed", "financing", "finances", "fund", "funded", "funding", "funds", "bankroll",
                "bankrolled", "bankrolling", "pay for", "paid for", "paying for", "pays for"),
    "evade": ("evade", "evaded", "evading", "evasion", "circumvent", "circumvented", "circumventing", "circumvention",
              "bypass", "bypassed", "get round", "get around", "sanctions-busting"),
    "smuggle": ("smuggle", "smuggled", "smuggling", "smuggler", "smugglers", "contraband", "gun-running", "gunrunning"),
    "shootdown": ("shot down", "shoot down", "shooting down", "shoots down", "=downed", "=downing", "brought down",
                  "bring down", "bringing down"),
    "crash": ("crash", "crashed", "crashes", "crash site"),
    "conceal": ("conceal", "concealed", "concealing", "conceals", "concealment", "=hide", "=hid", "=hidden", "=hiding",
                "=hides", "cover up", "covered up", "covering up", "cover-up", "covers up", "kept secret",
                "kept quiet", "kept silent"),
    "safe": ("safe", "safely", "safety"),
    "route": ("route", "routes", "corridor", "corridors", "lane", "lanes", "flight path", "flight paths", "airway",
              "airways"),
    "deviate": ("deviate", "deviated", "deviates", "deviating", "deviation", "stray", "strayed", "straying", "strays",
                "veered off", "off course"),
    "blockade": ("blockade", "blockaded", "blockading", "siege", "besiege", "besieged", "encircled", "encirclement"),
    "retake": ("retake", "retook", "retaken", "recapture", "recaptured", "=liberated", "took control of",
               "taken control of", "seized control of", "regain control", "regained control"),
    "occupy": ("occupy", "occupied", "occupying", "occupation", "occupier", "occupiers"),
    "annex": ("annex", "annexed", "annexing", "annexation"),
    "vote": ("referendum", "referendums", "referenda", "plebiscite", "=vote", "=voted", "=voting", "=votes", "ballot",
             "ballots", "polling stations"),
    "deport": ("deport", "deported", "deporting", "deportation", "deportations", "forcible transfer",
               "forcibly transferred", "forcibly moved", "forcibly removed"),
    "cyber": ("cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks", "cyber attack", "cyber attacks", "hack",
              "hacked", "hacker", "hackers", "hacking", "malware", "ransomware", "cyber operation", "cyber operations"),
    "jam": ("jamming", "jammed", "jammer", "jammers", "electronic warfare", "spoofing", "spoofed", "gps interference"),
    "surrender": ("surrender", "surrendered", "surrendering", "laid down their arms", "lay down their arms",
                  "capitulate", "capitulated", "capitulation"),
    "compensate": ("compensate", "compensated", "compensation", "reparation", "reparations", "indemnity",
                   "indemnify", "pay damages"),
    "prolong": ("prolong", "prolonged", "prolonging", "prolongs", "lengthen", "lengthened", "lengthening", "drag out",
                "drag on", "dragged out", "drags on"),
    "mobilise": ("mobilise", "mobilize", "mobilised", "mobilized", "mobilisation", "mobilization",
                 "call-up", "called up"),
    "mine": ("=mines", "landmine", "landmines", "land mine", "land mines", "a mine", "anti-tank mine", "anti-tank mines",
             "anti-personnel mine", "anti-personnel mines", "=minefield", "=minefields", "=mined", "mine barriers"),
    "children": ("children", "child", "=minors", "underage", "under-age", "under the age of", "teenagers", "teenage",
                 "juveniles", "child soldiers", "schoolchildren", "kids"),
    "hospital": ("hospital", "hospitals", "clinic", "clinics", "medical facility", "medical facilities",
                 "maternity ward", "maternity hospital"),
    "nuclear": ("nuclear", "reactor", "reactors", "atomic", "nuclear plant", "nuclear power plant",
                "nuclear power station", "nuclear station"),
    "grid": ("power station", "power stations", "power plant", "power plants", "power grid", "the grid", "substation",
             "substations", "energy infrastructure", "energy facilities", "power lines", "power line",
             "electricity network", "thermal power"),
    "airspace": ("airspace", "air space", "overflight", "overflights", "overflew"),
    "disinformation": ("disinformation", "propaganda", "fake", "fabrication", "fabrications", "smear", "slander",
                       "lies", "hoax", "misinformation", "provocation"),
    # what verifiers say of footage or a document: "the footage is genuine", "the video is authentic"
    "authentic": ("authentic", "authenticity", "authenticated", "genuine", "genuineness", "unedited", "undoctored"),
    "warn": ("warn", "warned", "warning", "warnings", "=siren", "=sirens", "air-raid alert", "air raid alert",
             "air-raid alerts", "air raid alerts", "=alarm", "=alarms", "evacuation order", "evacuation orders",
             "told to leave", "told to evacuate", "ordered to evacuate", "ordered to leave"),
    "video": ("video", "videos", "footage", "clip", "clips", "recording", "recordings"),
}
#: weapons and the kinds of weapon that are concepts of their own ("drones" are weapons; "weapons" need not be drones)
_ARMS = {"weapons", "drone", "missile", "shell", "mine"}
#: words for people under arms
_FORCES = {"troops", "elite", "personnel"}
#: what a concept implies without its word being said: troops are military personnel, special forces are troops
#: (soldiers need not be special forces), drones are weapons; a threat of "consequences" is one of sanctions or of
#: retaliation
IMPLIES = {"troops": ("personnel",), "elite": ("troops", "personnel"), "cost": ("sanction", "retaliate"),
           "casualty": ("fight",),
           "drone": ("weapons",), "missile": ("weapons",), "shell": ("weapons",), "mine": ("weapons",),
           "execute": ("casualty",), "smuggle": ("supply",)}
#: concepts that say the opposite of another: words that a deployment "violates Council resolutions" are about the
#: proposition that it is lawful, and deny it
ANTONYMS = {"unlawful": "lawful"}
#: "killed, wounded or captured", "stop, turn back or otherwise hinder", "by shelling or in fighting": alternatives in
#: a proposition, one part any of which covers
_ALTERNATIVES = re.compile(r"\b[a-z]+(?:\s+(?:back|away|out|off|down|up))?(?:,\s+[a-z]+(?:\s+(?:back|away|out|off|down|up))?)*,?"
                           r"\s+or\s+(?:otherwise\s+|else\s+)?(?:(?:by|in|with|through)\s+)?[a-z]+\b", re.I)
#: "against" after what accuses: the name after it is who did the deed ("the case against Ostrelian commanders")
_ACCUSED_BEFORE = re.compile(r"\b(?:evidence|case|cases|charges?|accusations?|allegations?|claims?|complaints?|"
                             r"indictments?|proceedings|testimony|suspicions?)\s+against\s+(?:the\s+)?$", re.I)
#: a name in the role of target or foe: "against Kaldor", "attacks on Belmark", "fighting Belmark's forces"
_TARGET_BEFORE = re.compile(r"\b(?:against|targeting|targetting|attacks?\s+on|strikes?\s+on|fir(?:ed|ing|e)\s+(?:at|on)|aimed\s+at|"
                            r"fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|engag(?:e|es|ed|ing)|clash(?:es|ed|ing)?\s+with|"
                            r"(?:that|which|to)\s+(?:hit|struck|strike|attack(?:ed)?|bomb(?:ed)?|shell(?:ed)?)|"
                            r"(?:hit|struck|attacked|bombed|shelled|hitting|striking|attacking|bombing|shelling))"
                            r"\s+(?:the\s+)?$", re.I)
#: a name whose people or places an attack was made on, said in the passive: "Teskayan positions were shelled"
_TARGET_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?!(?:said|says|say|claim|claims|claimed|insist|insists|insisted|denied|"
                           r"denies|deny|reported|believes?|thinks?|that|and|or|but)\b)[a-z-]+){0,4}?\s+(?:were|was|"
                           r"(?:have|had|has)\s+(?:\w+ly\s+|again\s+)?been|are|is|being|"
                           r"came\s+under|come\s+under|comes\s+under)\s+(?:\w+ly\s+|again\s+|repeatedly\s+)?"
                           r"(?:attacked|hit|struck|shelled|bombed|bombarded|targeted|fire|attack)\b", re.I)
#: a name in the role of recipient of something handed over: "provide Pyongyang with technology", "supplies
#: shells to Moscow", "arming Kyiv"
_RECIPIENT_BEFORE = re.compile(r"\b(?:(?:provid|suppl|deliver|transferr|sell|giv|reward|arm)(?:e|es|ed|ing|ying|ies|ied|y|s)?|"
                               r"sold|gave|(?:re)?pa(?:y|ys|id|ying)|compensat(?:e|es|ed|ing))"
                               r"\s+(?:the\s+)?$|\b(?:(?:provid|suppl|deliver|transferr?|sell|giv|hand)\w*|sold|gave)\s+"
                               r"(?:[\w-]+\s+){0,4}?(?:over\s+)?to\s+(?:the\s+)?$", re.I)
_RECIPIENT = "recipient"
#: a name in the role of where something is or happens: "in Kursk", "inside Ukraine", "on Russian territory"
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|inside|into|within|on|onto)|\b(?:sen[dt]|sending|deploy(?:ed|ing|s)?|mov(?:e|ed|ing)|"
                           r"dispatch(?:ed|ing)?|transferr?(?:ed|ing)?|arriv(?:e|ed|ing))\s+(?:[\w-]+\s+){0,4}?to)\s+"
                           r"(?:the\s+)?(?:[\w-]+\s+)?(?:(?:territor(?:y|ies)|soil|parts?|regions?)\s+of\s+)?$", re.I)
_PLACE = "place"
#: who acts beside the subject: "fighting alongside Russian forces", "shoulder to shoulder with the Varanian army"
_COMPANION_BEFORE = re.compile(r"\b(?:alongside|together\s+with|(?:shoulder\s+to\s+shoulder|side\s+by\s+side|jointly|"
                               r"in\s+concert)\s+with)\s+(?:the\s+|their\s+|its\s+)?$", re.I)
_COMPANION = "with"
#: exclusive focus: "by Varanian units alone", "only our own forces"
_EXCLUSIVE = re.compile(r"\b(?:alone|solely|exclusively|on (?:its|their) own|by (?:itself|themselves))\b|\bonly\s+(?:our|its|their|[A-Z])",
                        re.I)
_BEING = re.compile(r"\b(?:were|are|was|is)\s+(?:all\s+|only\s+|in fact\s+)?$", re.I)
_OWNER = " of @"
#: the other states whose forces (or weapons) a text names: "Belmark's forces met Corvasian troops" names both
_ALSO_OWNER = " also of @"
_OWNED = {kind: "|".join(re.escape(w.lstrip("=")) for w in sorted(words, key=len, reverse=True)) for kind, words in (
    ("forces", SYNONYMS["troops"] + SYNONYMS["elite"] + SYNONYMS["personnel"]),
    ("weapons", SYNONYMS["weapons"] + SYNONYMS["drone"] + SYNONYMS["missile"] + SYNONYMS["shell"]))}
#: whose troops a text speaks of: a name right before a word for forces ("Belmark soldiers", "Corvasia's army")
_OWNED_AFTER = {kind: re.compile(r"(?:['’]s?|-made|-built|-supplied|-manufactured)?(?:\s+(?:own|elite|regular|special|"
                                 r"army|armed|ground|combat|allied|reserve|military|naval|airborne|frontline|front-line|"
                                 r"marine|assault|volunteer|border|attack|heavy|long-range|guided|cruise|ballistic))?\s+"
                                 r"(?:" + words + r")\b", re.I) for kind, words in _OWNED.items()}
_OWNED_ANY = {kind: re.compile(r"\b(?:" + words + r")\b", re.I) for kind, words in _OWNED.items()}
#: what a proposition keeps of its score when the words speak of another state's forces than it does
_OTHER_FORCES = 0.5
#: a proper name of two or more capitalised words that is no actor: a ship, a dam, an operation
_PROPER_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
#: a thing named by a word and a number: "Flight 417", "Unit 3196", "Reactor 4"
_NUMBERED_NAME = re.compile(r"(?<![\w-])(?P<word>[A-Z][a-z]{2,})\s+(?P<number>\d{1,5}[A-Z]?)(?![\w,.]\d)"
                            r"(?!\s*(?:%|per\s*cent))")
_NOT_NAMES = {"The", "This", "That", "These", "Those", "A", "An", "In", "On", "At", "But", "And", "Mr", "Mrs", "Ms", "Dr"}
#: set phrases whose words mean nothing of their own: "paraded in front of cameras" is no fighting at the front, "the
#: responsibility lies with Sollen" no lie
_IDIOMS = re.compile(r"\b(?:(?:lies|lie|lay|lying)\s+(?:with|in|within|at|on|behind|ahead|beyond|outside|under|near|"
                     r"along|across|between)\b|in front of|front page|front-page|forefront|front-runner|front runner|a front for|"
                     r"front\s+(?:door|doors|desk|gate|gates|garden|yard|porch|room|seat|seats|row|rows|wheel|cover|lawn)|"
                     r"units?\s+\d+|"
                     r"fire(?:\s+and\s+rescue)?\s+(?:service|services|brigade|brigades|engine|engines|station|stations|"
                     r"department|fighters?|crews?|trucks?|safety))\b")
#: a thing named by a proper name before its kind: "the Tarvel dam", "Harrow drones" (not at a sentence's start)
_NAMED_THING = re.compile(r"\b[a-z]+\s+([A-Z][a-z]+)\s+([a-z]{3,})\b")
#: near the fighting, or taken out of it, is not in it: "moved close to the front line", "heading towards the front",
#: "pulled back from the front line"
_NEAR_FRONT = re.compile(r"\b(?:close\s+to|near(?:er)?(?:\s+to)?|towards?|behind|approaching|short\s+of|(?:back|out|away)\s+"
                         r"(?:of|from)|(?:withdrawn|withdrew|withdrawing|withdraw)\s+from)\s+(?:the\s+)?"
                         r"(?:front(?:\s*lines?)?|frontlines?|battlefield|combat\s+zone|war\s+zone|line\s+of\s+contact)\b")
#: verbs that only carry a noun's meaning: "an investigation should be carried out" is "an investigation"
#: an attack named only to say where people or things come from: "children from shelled towns", "families of bombed
#: villages" (not who attacked what)
_ATTACKED_PLACE = re.compile(r"\b(?P<by>from|of|in|into|for)\s+(?:\w+ly\s+)?(?:shelled|bombed|bombarded|destroyed|damaged|"
                             r"ruined|war-torn|frontline|front-line)(?=\s+(?:towns?|villages?|cities|city|areas?|districts?|"
                             r"regions?|neighbou?rhoods?|homes?|houses?|streets?|settlements?)\b)")
_LIGHT_VERBS = re.compile(r"\b(?:carr(?:y|ied|ies|ying)|conduct(?:ed|s|ing)?)\s+out\b|\b(?:take|took|taken|takes)\s+place\b")
#: a concession after the main clause: what it negates is not what the words assert
_CONCESSION = re.compile(r"[,;]?\s+\b(?:although|though|even though|even as|whereas)\b", re.I)
#: a rule breached is a rule violated ("breach the arms embargo"); a dam or a wall breached is struck
_BREACHED_RULE = re.compile(r"\bbreach(?:es|ed|ing)?(?=\s+(?:of\s+)?(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                            r"(?:embargo|law|laws|resolutions?|ceasefire|truce|sanctions|treaty|agreement|accords?|charter|"
                            r"obligations|rules|norms)\b)")
#: more of something already under way: "send additional troops", "another 6,000 soldiers", "a second deployment",
#: "new sanctions" (not "more than 10,000 troops")
_MORE = re.compile(r"\b(?:more|additional|another|further|fresh|second|new)\s+(?!than\b|of\b)(?:[\w,-]+\s+){0,2}?(?:"
                   + "|".join(re.escape(w.lstrip("=")) for w in SYNONYMS["troops"] + SYNONYMS["personnel"]) +
                   r"|reinforcements|deployments?|dispatch(?:es)?|contingents?|batch(?:es)?|groups?|waves?|rotations?|"
                   r"shipments?|deliveries|sanctions|mobili[sz]ation)\b")
#: a people named by its plural demonym as who acts, which war reporting uses for its soldiers: "the North Koreans
#: fired at drones", "the Corvasians were pulled back" (not "the Netherlands", nor "learned faster than the Russians")
_THE_PEOPLE = re.compile(r"(?<!than\s)\bthe\s+(?:(?:North|South)\s+)?[A-Z][a-z]+(?:an|ian|ean|ese|i)s\s+(?:\w+ly\s+)?"
                         r"(?:had|have|were|are|was|will|would|could|can|did|do|fight|fought|attack|advance|[a-z]+ed)\b")
#: how much of a part the article supplies when the words leave it out
_IMPLICIT = 0.75
#: how much of a proposition the words must cover themselves when the article supplies the rest
_OWN_SHARE = 0.3
#: what a proposition keeps of its score when the words call for something and it does not, or the other way round
_MOOD = 0.5
#: the F-measure's weight of coverage of the proposition over coverage of the words (beta squared)
_BETA2 = 2.0
#: how close two candidates the words cannot tell apart may score and neither be linked
_UNDECIDED = 0.05
#: a candidate scoring less than this above the threshold is linked only when it leads the next unrelated one by
#: ``_CLEAR_LEAD``: words that cover little of two propositions say too little to choose between them; any other
#: by more than ``_TIE``
_WEAK = 0.1
_CLEAR_LEAD = 0.1
_TIE = 0.01
#: how much of a directive proposition a call's words must cover when every one of them is in it
_NAMED_OBJECT = 0.3
#: an event named as the subject, and the predicate said of it: in "any dispatch of troops to Russia violated
#: Council resolutions" the dispatch is the topic and the violation is what is claimed
_EVENT = (r"(?:deployments?|dispatch(?:es)?|transfers?|presence|sending|deploying|dispatching|shipments?|deliver(?:y|ies)|"
          r"moves?|step|involvement|participation|cooperation|collaboration|decision|seizures?|capture|attacks?|"
          r"strikes?|raids?|inspections?|detention|actions?|operations?|shelling|bombing|blockade|trade|exports?|"
          r"sales?)\b")
_EVENT_SUBJECT = re.compile(
    r"^\W*(?:(?:any|the|this|that|such|a|an|its|their|his|her|[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+){0,2}?" + _EVENT +
    r"[^,;]*?\s+"
    r"(?=(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|should|must|may|might|"
    r"[a-z]+ed|violates?|breach(?:es)?|conforms?|complies|constitutes?|amounts?|poses?|risks?|threatens?|marks?|"
    r"represents?)\b)"
    # or a pronoun the words call an act: "this is a just act fully conforming to international law"
    r"|^\W*(?:this|it|that)\s+(?=(?:is|was|would\s+be|will\s+be)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:act|step|move|measure|decision|action)\b)"
    # or what someone does, named by a clause: "how Russia develops its relations with North Korea is …",
    # "what we do under this article, and how we do it, is for us to decide"
    r"|^\W*(?:what|how)\s+[^;]+?\s+(?=(?:is|are|was|were)\s)", re.I)
#: what a proposition keeps of its score when it shares none of what the words say of the event they name
_TOPIC_ONLY = 0.5
#: what a proposition keeps of its score when its tense is not the words' (a plan is not a fact)
_TENSE = 0.75
#: how much a plain word counts beside a concept (an actor, a number, a folded paraphrase)
_PLAIN_WORD = 0.5
#: a paraphrase's words in order, whatever quotes or spaces the words put between them ('concerned "only')
_PHRASES = [(re.compile(r"\b" + r"[\s\"“”]+".join(map(re.escape, v.split())) + r"\b"), c) for v, c in
            sorted(((v, c) for c, vs in SYNONYMS.items() for v in vs if " " in v or "-" in v), key=lambda x: -len(x[0]))]
#: paraphrases said with a negation ("breaks no law", "violates no"): the negation is the paraphrase's, not the clause's
_NEGATIVE_PHRASES = re.compile("|".join(rf"\b{re.escape(v)}\b" for vs in SYNONYMS.values() for v in vs
                                        if {"no", "not", "never"} & set(v.split())))
#: words that only point back to something said earlier in the article
ANAPHORIC_WORDS = """report claim accusation allegation information rumour rumor idea suggestion speculation question
matter issue enquiry inquiry assertion statement charge story news account assessment figure comment remark detail
media finding intelligence photo video footage image possibility prospect development it this that those these them
such""".split()
_MONTHS_DAYS = set("""january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday week month year
today yesterday""".split())
_FILLER = set("""said says say told according added reported would could might may will can also already now still
away aside
just only even very more most much many any some other another such about around over than been being
there here whether if what when where which who how why into onto upon toward towards against
per cent percent yet ever after before since during until while within own themselves itself himself herself
ourselves myself last ago earlier later one ones done them us we you him me my your our must shall goes because
whole anywhere everywhere nobody nothing anyone anybody anything something everything everyone someone somebody
do does did doing else otherwise instance each hardly rather quite get gets got getting back""".split()) | STOPWORDS
#: the "when" part: a future or conditional event ("will be sent into combat", "readied for combat", "within days")
_FUTURE = re.compile(r"\b(?:will|would|shall|going to|about to|soon|within (?:days|weeks|hours)|readied|getting ready|"
                     r"preparing (?:to|for)|prepared to|being prepared for|expected to|set to|plans? to|planning to|"
                     r"intends? to|intending to|aims? to|aiming to|"
                     r"could be (?:sent|moved|deployed)|"
                     r"ready to|next (?:week|month))\b")
#: being somewhere, once actor names are taken out of the text (a name leaves a gap): "are in  ", "were on  soil",
#: "not a single serviceman in  "
_PRESENCE = re.compile(r"\b(?:are|is|were|was|be|been|being|remain(?:s|ed)?|stay(?:s|ed)?|(?:troops|soldiers|servicem[ae]n|"
                       r"service members|units|forces|personnel|fighters|officers))\s+(?:now\s+|already\s+|still\s+|"
                       r"currently\s+)?(?:in|inside|on)\s+(?:\s|the country\b|its territory\b|[A-Z]|soil\b)")
#: a noun that makes a demonym the state itself: "the Ilvarian state", "the Zelorian side", "the Kaldorian government"
_STATE_NOUN = r"(?:\s+(?:state|government|side|authorities|leadership|regime)\b)?"
_QUALIFIER = re.compile(r"\b[A-Z][\w']*-(?:occupied|controlled|held|annexed|backed|led|allied)\b")
#: the speaker's own side: "we", "our" anywhere, "its" only where nothing else named before it can be what it
#: stands for ("its troops never left" said by a ministry; not "a state that pays its fighters")
_SELF = re.compile(r"\b(?:our|ours|we|us)\b|^\W*(?:\w+\s+){0,2}?its\b", re.I)
#: words that carry no content of their own in a dismissal ("this looks like another bit of fake news")
_EMPTY = {"look", "like", "bit", "piece", "anoth", "kind", "sort", "exampl", "case", "lot", "noth", "complet", "total",
          "utter", "pure", "simpli", "just", "merely", "mere", "sheer", "absolut", "clear", "obvious", "call", "dismiss"}
#: what a refusal wraps: "declined to comment on the reports" is about "the reports"
_WRAPPER_LEAD = re.compile(r"^\s*(?:on|about|regarding|whether|if|that|to|the\s+question\s+of|reports?\s+of|claims?\s+of)\s+", re.I)
#: the rule a deed is said to follow, set after the verb that tells it: "have been dispatched to Varania in accordance
#: with the Treaty" tells of the dispatch
_MANNER_RULE = re.compile(r",?\s+(?:in\s+(?:full\s+)?(?:accordance|line|keeping|conformity)\s+with|pursuant\s+to)\s+[^,;.]+"
                          r"(?:,\s+(?:and|as\s+well\s+as)\s+[^,;.]+)?", re.I)
#: what makes the rule what the words say: a copula before it ("is fully in line with", "would be an act in line with")
_RULE_SAID = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|remained)(?:\s+\w+ly)?(?:\s+(?:an?|the)(?:\s+\w+ly)?"
                        r"\s+[\w-]+)?\s*$", re.I)


@dataclass(frozen=True)
class Candidate:
    """One proposition a statement may be about, with why."""

    proposition: str
    text: str
    score: float
    why: str
    #: the part of the proposition the words were scored against: its text, or one predicate of a conjunction
    matched: str = ""
    #: the parts the words name, and those the article supplied
    covered: frozenset[str] = frozenset()
    supplied: frozenset[str] = frozenset()


_STEMMER = snowballstemmer.stemmer("english")
ANAPHORIC = frozenset(_STEMMER.stemWords(ANAPHORIC_WORDS))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Snowball's English stem, adverbs folded onto their adjective first ("militarily" = "military")."""
    word = re.sub(r"^(co|re|pre|non|anti)-", r"\1", word)
    word = word[:-3] + "y" if word.endswith("ily") and len(word) > 6 else word[:-2] if word.endswith("ally") else word
    return _STEMMER.stemWord(word)


_WORD_CONCEPT = {_stem(v): c for c, vs in SYNONYMS.items() for v in vs if " " not in v and "-" not in v and v[0] != "="}
_EXACT_CONCEPT = {v[1:]: c for c, vs in SYNONYMS.items() for v in vs if v[0] == "="}


class Matcher:
    """Propositions as concept sets, and statements ranked against them.

    Built once per draft: the actor index folds every name into its state, and each
    proposition's concepts are weighted by their rarity among the propositions.
    """

    def __init__(self, propositions: dict[str, Proposition], actors: dict[str, Actor],
                 index: ActorIndex | None = None, threshold: float = 0.45):
        self.propositions = propositions
        self.actors = actors
        self.index = index or ActorIndex(actors)
        self.threshold = threshold
        self._names = self._actor_names()
        self._seen: dict[str, frozenset[str]] = {}
        self.topic: frozenset[str] = frozenset()
        self.topic_names: frozenset[str] = frozenset()
        self.topic_things: frozenset[str] = frozenset()
        self.entailed = {pid: entailed(pid, propositions) for pid in propositions}
        self._sole_names = self._names_of_sole_things()
        #: the surnames of the people the registry knows: a person named any way is one part
        self._surnames = {a.name.lower().split()[-1] for a in actors.values() if a.type == "person" and a.name.split()}
        self.parts = {pid: self.proposition_parts(p.text) for pid, p in propositions.items()}
        self.name_parts = self._proposition_names()
        #: what a statement may cover of each proposition: any of its wordings (its text and paraphrases), or one
        #: predicate of a conjunction in one
        self.views = {pid: [(w, self.proposition_parts(w)) for w in (p.text, *p.paraphrases)] +
                      [(c, self.proposition_parts(c)) for w in (p.text, *p.paraphrases) for c in views(w)]
                      for pid, p in propositions.items()}
        #: the parts of the event a wording says something of ("cooperation between Russia and North Korea" in
        #: "… complies with international law")
        self.events = {pid: {w: self.proposition_parts(w[:m.end()]) for w, _ in views
                             if (m := _EVENT_SUBJECT.match(w))} for pid, views in self.views.items()}
        #: every part any wording of a proposition names: the words it explains
        self.explains = {pid: set().union(*(parts for _, parts in self.views[pid])) for pid in propositions}
        #: whom any wording of a proposition gives to, and where each wording puts it (roles, see ``_other_roles``)
        self.given = {pid: _role_states(parts, _RECIPIENT) for pid, parts in self.explains.items()}
        self.placed = {pid: [_role_states(parts, _PLACE) for _, parts in views] for pid, views in self.views.items()}
        self.directive = {pid: bool(DIRECTIVE.search(p.text)) for pid, p in propositions.items()}
        df: dict[str, int] = {}
        for parts in self.explains.values():
            for c in parts:
                df[c] = df.get(c, 0) + 1
        n = max(len(self.parts), 1)
        self.weight = {c: 1.0 + math.log((n + 1) / (k + 0.5)) for c, k in df.items()}
        for part in list(self.weight):
            if not any(_is_concept(a) and a not in _MODIFIERS for a in part.split("|")):
                self.weight[part] *= _PLAIN_WORD  # "third", "area", "impartial": detail, not what the claim is about
            for atom in part.split("|"):
                self.weight.setdefault(atom, self.weight[part])
        if "@future" in self.weight:  # when a thing happens tells apart what is said of it, never what it is
            self.weight["@future"] *= _PLAIN_WORD

    def _names_of_sole_things(self) -> set[str]:
        """The names that tell nothing apart: "Tarvel" in "the Tarvel dam" when no other dam is named.

        Reported words say "the dam" once the story has named it; the name is then no part of its
        own. It stays a part when the registry names two of a kind ("the Tarvel dam", "the Ostrov dam").
        """
        named: dict[str, set[str]] = {}
        for p in self.propositions.values():
            for name, head in _NAMED_THING.findall(p.text):
                if head not in _FILLER and not any(pattern.fullmatch(name) for pattern, _ in self._names):
                    named.setdefault(_stem(head.lower()), set()).add(_stem(name.lower()))
        return {name for names in named.values() if len(names) == 1 for name in names}

    def _proposition_names(self) -> frozenset[str]:
        """The parts of propositions that are proper names of things, not of actors ("~sable crest", "ruvessi")."""
        names = set()
        for pid, p in self.propositions.items():
            parts = {a for c in self.parts[pid] for a in c.split("|")}
            for wording in (p.text, *p.paraphrases):
                names |= {c for c in self.concepts(wording) if c.startswith("~")}
                for word in re.findall(r"(?<=[\w,;:] )[A-Z][a-z]+", wording):
                    if (stem := _stem(word.lower())) in parts and not _is_concept(stem):
                        names.add(stem)
        return frozenset(names)

    def root(self, actor: str) -> str:
        """The state (or topmost organisation) an actor belongs to; itself when it belongs to none."""
        return self._root(actor)

    def _root(self, actor: str) -> str:
        known = self.actors.get(actor)
        if known and known.type == "person" and known.memberships:
            actor = known.memberships[0].organization  # a spokesman speaks for his organisation's state
        elif not known and (proposed := self.index.proposed.get(actor)) and proposed.organization:
            actor = proposed.organization  # a speaker the draft proposes, for the organisation it names
        seen = set()
        while actor in self.actors and self.actors[actor].part_of and actor not in seen:
            seen.add(actor)
            actor = self.actors[actor].part_of
        return actor

    def _actor_names(self) -> list[tuple[re.Pattern, str]]:
        names = []
        for actor in self.actors.values():
            if actor.type == "person":
                continue
            root = self._root(actor.id)
            for name in (actor.name, *actor.aliases):
                plain = normalise(name)
                plain = plain[4:] if plain.lower().startswith("the ") else plain
                names.append((plain, root))
            if actor.type == "state":
                stem = re.escape(actor.name.split()[0][:-1] if actor.name.split()[0].endswith(("a", "e", "y", "o"))
                                 else actor.name.split()[0])
                rest = " ".join(actor.name.split()[1:])
                names.append((re.compile((rf"\b{stem}(?:n|an|ian|ese|i|ish|ic|ean)s?\b" if not rest else
                                          rf"\b{re.escape(actor.name.split()[0])}\s+{re.escape(rest[:-1] if rest.endswith('a') else rest)}(?:n|an|ian|ese)?\b")
                                         + _STATE_NOUN, re.I), root))
        halves = [(actor.name.split()[0], actor.id) for actor in self.actors.values()
                  if actor.type == "state" and actor.name.split()[0] in ("North", "South") and len(actor.name.split()) == 2]
        for half, state in halves:
            if [h for h, _ in halves].count(half) == 1:
                # a divided country's half is "the North", "the South": "Russia supplied the North with air defence"
                names.append((re.compile(rf"\bthe\s+{half}(?:['’]s)?(?!\s+[A-Z])(?![\w-])"), self._root(state)))
        for demonym, state in DEMONYMS.items():
            if state in self.actors:
                # an abbreviation is written in capitals, and "US" is not "us"
                short = len(demonym.replace(".", "")) <= 3
                names.append((re.compile(rf"(?<![\w.]){re.escape(demonym.upper() if short else demonym)}s?(?![\w])",
                                         0 if short else re.I), self._root(state)))
        compiled = []
        for name, root in names:
            pattern = name if isinstance(name, re.Pattern) else re.compile(rf"(?<![\w]){re.escape(name)}(?:['’]s)?(?![\w])",
                                                                         re.I if not name.isupper() else 0)
            compiled.append((pattern, root))
        compiled.sort(key=lambda item: -len(item[0].pattern))
        return compiled

    def concepts(self, text: str) -> set[str]:
        """The parts of a text: actors as states (``@russia``), folded paraphrases, numbers, content stems.

        A name that only qualifies a place ("Russian-occupied territories of Ukraine") is no part.
        """
        text = _QUALIFIER.sub(" ", text)
        if text not in self._seen:
            self._seen[text] = frozenset(self._concepts(text))
        return set(self._seen[text])

    def _concepts(self, text: str) -> set[str]:
        text = digits(normalise(text))
        words = [w for w in text.split() if w[:1].isalpha()]
        # a headline: most words after the first capitalised (a short sentence with a name in it is none)
        title_case = sum(w[:1].isupper() for w in words[1:]) > 0.5 * len(words[1:])
        out: set[str] = set()
        owners: dict[str, list[tuple[int, int, str]]] = {kind: [] for kind in _OWNED}
        original = text
        first = {kind: (m.end() if (m := pattern.search(text)) else -1) for kind, pattern in _OWNED_ANY.items()}
        if _THE_PEOPLE.search(text):
            out.add("troops")
        for pattern, root in self._names:
            if pattern.search(text):
                for m in pattern.finditer(text):
                    if _COMPANION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                        out.add(f"{_COMPANION} @{root}")  # beside the subject: neither who acts nor whose forces
                    elif _ACCUSED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                        out.add(f"@{root}")  # "evidence against Halvarian servicemen": who is accused of the deed
                    elif _TARGET_BEFORE.search(text, max(0, m.start() - 60), m.start()) or \
                            _TARGET_AFTER.match(text, m.end()):
                        out.add(f"against @{root}")  # "drones used against Kaldor": acted on, not who acts
                    else:
                        out.add(f"@{root}")
                    if _RECIPIENT_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                        out.add(f"{_RECIPIENT}{_OWNER}{root}")  # who is given: compared as forces' owners are
                    if _PLACE_BEFORE.search(text, max(0, m.start() - 60), m.start()) and \
                            not m.group().endswith(("'s", "’s")):
                        out.add(f"{_PLACE}{_OWNER}{root}")  # where it happens: "soldiers inside Ukraine"
                for kind, after in _OWNED_AFTER.items():
                    owners[kind] += [(m.start(), owned.end(), root) for m in pattern.finditer(original)
                                     if (owned := after.match(original, m.end()))
                                     and not _COMPANION_BEFORE.search(original, max(0, m.start() - 40), m.start())]
                text = pattern.sub(" ", text)
        for kind, found in owners.items():
            # whose forces or weapons the text is about: those it names first ("Belmark soldiers", "Kaldorian
            # rockets"), or says they are ("the prisoners were Belmark soldiers"); open when the first are
            # nobody's ("the soldiers … alongside Varanian units")
            said = [root for start, end, root in sorted(found) if end == first[kind] or _BEING.search(original, 0, start)]
            if said:
                out.add(f"{kind}{_OWNER}{said[0]}")
                out |= {f"{kind}{_ALSO_OWNER}{root}" for _, _, root in found if root != said[0]}
        for place in re.finditer(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b", text):
            if (state := _country_of(place.group(), self.index)) is not None:
                out.add(f"@{state}")
                if _PLACE_BEFORE.search(text, max(0, place.start() - 60), place.start()):
                    out.add(f"{_PLACE}{_OWNER}{state}")
        for found in _NUMBERED_NAME.finditer(text):
            word, number = found.group("word"), found.group("number")
            if word.lower() not in _FILLER | _MONTHS_DAYS | STOPWORDS and not _is_year(number):
                out.add(f"~{word.lower()} {number.lower()}")  # "Flight 417": one name, not a word and a count
                text = text.replace(found.group(), " ")
        for name in [] if title_case else _PROPER_NAME.findall(text):
            if name.split()[0] not in _NOT_NAMES:
                # "the Sable Crest", "Tarvel Dam": a name is one part, not two words; a person's is their surname,
                # however much of the name the words give ("Colonel Arkady Demchin", "Demchin")
                surname = name.lower().split()[-1]
                out.add(f"~{surname}" if surname in self._surnames else f"~{name.lower()}")
                text = text.replace(name, " ")
        for name in re.findall(r"\b(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][a-z]{2,}\b", text):
            if (surname := name.split()[-1].lower()) in self._surnames:
                out.add(f"~{surname}")  # with the title and first name before it: "Col. Demchin", "Arkady Demchin"
                text = text.replace(name, " ")
        if _PRESENCE.search(text):
            out.add("deploy")  # "troops are in Varania", "soldiers were on Varanian soil": present there
        lower = _NEAR_FRONT.sub(" ", _BREACHED_RULE.sub("violat", _IDIOMS.sub(" ", _LIGHT_VERBS.sub(" ", text.lower()))))
        lower = _ATTACKED_PLACE.sub(r"\g<by> ", lower)
        lower = _BOARD_VERB.sub("boarded", lower)  # "patrols board, search or turn away boats": boarding, not a board
        if _FUTURE.search(lower):
            out.add("@future")
        if _MORE.search(lower):
            out.add("more")
        for phrase, concept in _PHRASES:
            if phrase.search(lower):
                out.add(concept)
                lower = phrase.sub(" ", lower)
        for number in re.findall(r"\b\d[\d,.]*\b", lower):
            value = number.replace(",", "").rstrip(".")
            if not (len(value) == 4 and value.startswith(("19", "20"))) and len(value) > 1:
                out.add(f"#{value}")
                if value.isdigit() and 1000 <= int(value) < 1_000_000:
                    out.add("thousands")  # "about 4,000 troops" supports "several thousand troops"
        for word in re.findall(r"[a-z][a-z'-]+", re.sub(r"\b\d[\d,.]*\b", " ", lower)):
            word = word.strip("'-")
            if len(word) < 3 or word in _FILLER or word in _MONTHS_DAYS:
                continue
            out.add(_EXACT_CONCEPT.get(word) or _WORD_CONCEPT.get(_stem(word), _stem(word)))
        if "deploy" in out and not out.isdisjoint(_ARMS):
            out.add("supply")  # weapons sent, delivered or moved somewhere are weapons supplied
        if "supply" in out and not out.isdisjoint(_FORCES):
            out.add("deploy")  # troops shipped or provided are troops sent; weapons named beside them stay supplied
            if out.isdisjoint(_ARMS):
                out.discard("supply")
        return out

    def read_topic(self, sentences: list[str]) -> None:
        """Note the states, the names of things and the things an article is about: those named in at least a
        fifth of its sentences that name one.

        Reported words leave out what the story has made plain ("at least 4,000 troops are in the
        country", "the ship was carrying drones", "19,400 had been evacuated"): a proposition's state, the
        name of its ship, dam or village, or the thing it speaks of (the dam, the flood, the convoy), that the
        words do not name but the article is about counts as mostly covered. A thing counts only when the
        words say something the proposition says of it (see ``rank``).
        """
        self.topic = _most_named([{c for c in self.concepts(s) if c.startswith("@") and c != "@future"}
                                  for s in sentences])
        self.topic_names = _most_named([self.concepts(s) & self.name_parts for s in sentences])
        self.topic_things = _most_named([{c for c in self.concepts(s) if c in self.weight and not is_predicate(c) and
                                          not c.startswith(("@", "#", "~", "against ")) and _OWNER not in c and
                                          c not in self.name_parts} for s in sentences])

    def proposition_parts(self, text: str) -> set[str]:
        """A proposition's parts, alternatives joined into one part that any of them covers.

        >>> m = Matcher({}, {})
        >>> sorted(m.proposition_parts("Soldiers were killed, wounded or captured."))
        ['capture|casualty', 'troops']
        """
        parts: set[str] = set()
        text = _BOARD_VERB.sub("boarded", text)  # a verb among the alternatives, read apart from what follows it
        for found in _ALTERNATIVES.finditer(text):
            atoms = set().union(*(self.concepts(w) for w in re.split(r",?\s+or\s+|,\s+", found.group())))
            if atoms:
                parts.add("|".join(sorted(atoms)))
        rest = self.concepts(_ALTERNATIVES.sub(" ", text)) & self.concepts(text) if parts else self.concepts(text)
        alternatives = {a for part in parts for a in part.split("|")}
        # what taking the alternatives out leaves of a phrase ("attack" of "attack drones or …") is no part
        return parts | (rest - alternatives - self._sole_names)

    def excludes(self, text: str, pid: str) -> bool:
        """True when the words say their own forces alone did it, and the proposition is about another's:
        "the town was cleared by Varanian units alone" denies that Corvasian troops fought there."""
        if not _EXCLUSIVE.search(text):
            return False
        owners = {c for c in self.concepts(text) if _OWNER in c}
        theirs = {c for c in self.parts.get(pid, ()) if _OWNER in c}
        return any(_conflict(owners, theirs, kind) for kind in _OWNED)

    def opposes(self, words: str, pid: str) -> bool:
        """True when the words say the opposite of a part of the proposition ("violates the law" of "is lawful"):
        they deny what they are about, or, negated ("does not violate"), affirm it."""
        theirs = {a for part in self.parts.get(pid, ()) for a in part.split("|")}
        return any(c in ANTONYMS and ANTONYMS[c] in theirs and c not in theirs for c in self.concepts(words))

    def negates_part(self, words: str, pid: str) -> bool:
        """True when the words negate an object ("no weapons") that is a part of the proposition other than its
        actors; a negation that is part of a paraphrase ("breaks no law" is "lawful") negates nothing."""
        main = _CONCESSION.split(words)[0]  # "might send more troops, although no movements were seen": the send
        found = NEGATED_OBJECT.search(_NEGATIVE_PHRASES.sub(" ", main.lower()))
        if not found:
            return False
        parts = {a for part in self.parts.get(pid, ()) for a in part.split("|") if not a.startswith("@") and _OWNER not in a}
        return bool(self.concepts(found.group("np")) & parts)

    def reaches_negation(self, words: str, proposition: str) -> bool:
        """True when the words speak of what the proposition's wording says is not so: "the towns had been warned
        long before" of "nobody warned the towns before the water came" (and deny it), but not "the water came into
        the towns while everyone slept", which says the same in other words."""
        said = {c for c in self.concepts(words) if not c.startswith(("@", "against @"))}
        return bool(said & self.concepts(negated_words(proposition)))

    def closest_half(self, words: str, proposition: str) -> str:
        """The half of a conjunction in the words that says most of ``proposition``, when the halves differ in
        polarity ("… was not directed against anyone and complied with international law" says the cooperation
        is lawful, whatever its first half denies); the words themselves otherwise."""
        halves = conjuncts(words)
        if len({negated(half) for half in halves}) < 2:
            return words
        wanted = self.concepts(proposition)
        overlap = [len(self.concepts(half) & wanted) for half in halves]
        return halves[overlap.index(max(overlap))] if overlap.count(max(overlap)) == 1 else words

    def content_of(self, text: str) -> str:
        """What a content is about once a refusal's lead word, and the rule a deed is said to follow, are dropped.

        >>> Matcher({}, {}).content_of("that units have been dispatched in accordance with the Treaty")
        'units have been dispatched'
        """
        content = _WRAPPER_LEAD.sub("", text)
        rule = _MANNER_RULE.search(content)
        if not rule or _RULE_SAID.search(content, 0, rule.start()) or _EVENT_SUBJECT.match(content):
            return content  # "the seizure was carried out in accordance with the law" is about the rule
        told = content[:rule.start()] + content[rule.end():]
        # the rule is what the words say when nothing else is: "acted in line with the Charter"
        return told if any(map(is_predicate, self.concepts(told))) else content

    def event_of(self, text: str) -> str | None:
        """The event the words say something of, when they name one as their subject.

        >>> Matcher({}, {}).event_of("if the deployment did exist, it would be lawful")
        'the deployment '
        """
        found = _EVENT_SUBJECT.match(self.content_of(text))
        return found.group() if found else None

    def is_backreference(self, text: str) -> bool:
        """True when the content only points back ("the reports", "such claims", "nothing to add")."""
        parts = {p for p in self.concepts(DISMISSIVE.sub(" ", self.content_of(text))) if p not in _EMPTY}
        return not parts or all(p in ANAPHORIC or p.startswith("@") for p in parts) \
            and len([p for p in parts if not p.startswith("@")]) <= 2 and len(text.split()) <= 10

    def parts_of(self, text: str, speaker: str | None = None) -> set[str]:
        """The concepts of a statement's content; "its", "our", "we" stand for the speaker's state."""
        parts = self.concepts(self.content_of(text))
        if speaker and _SELF.search(text):
            parts.add(f"@{self._root(speaker)}")
        return parts

    def rank(self, text: str, limit: int = 3, speaker: str | None = None, kind: str | None = None,
             antecedent: str | None = None, implicit: bool = True) -> list[Candidate]:
        """The propositions ``text`` covers best, best first.

        The score is an F-measure weighted towards the proposition's side (beta squared 2): the
        share of the proposition's parts the words cover (a stronger proposition than the words
        support loses) and, less, the share of the words' parts that the proposition has
        (words about something else, such as a capture, point to another proposition). Only
        parts that some proposition uses count on the words' side, each weighted by rarity.
        A call prefers directive propositions ("… should …") and other statements the rest; words
        about the future (and warnings) prefer conditional ones. ``antecedent`` is what an anaphor
        in the words ("these ideas") names: its parts count, its tense does not. With ``implicit``,
        states the article is about (see ``read_topic``) stand in for those the words leave out.
        """
        parts = self.parts_of(text, speaker)
        future = "@future" in parts or kind == "warning"
        parts |= self.concepts(antecedent) if antecedent else set()
        parts.discard("@future")
        if future:
            parts.add("@future")  # "would go into battle within days" says the when of "will be sent into combat"
        if "fight" in parts:
            # fighting is mutual: "Ukrainian forces fired on North Korean troops" has North Korea fight Ukraine
            foes = {c.removeprefix("against ") for c in parts if c.startswith("against @")}
            sides = {c for c in parts if c.startswith("@") and c != "@future"}
            if foes and sides:
                parts |= foes | {f"against {c}" for c in sides}
        owners = {c for c in parts if _OWNER in c}
        parts -= owners
        states = _states(parts)
        # the parties the article is about stand in for those the words leave out, unless they name a party of
        # their own; a body they address or cite ("the Security Council", "NATO") is none
        named = any(s[1:] not in self.actors or self.actors[s[1:]].type == "state" for s in states)
        counts = {c for c in parts if _is_count(c)}
        # what the words say the opposite of counts as said: "illegal" is about being lawful
        opposite = {ANTONYMS[c] for c in parts if c in ANTONYMS}
        covering = parts | opposite
        # what the words' parts imply, and from what: deaths say there was fighting, but not to a proposition about
        # deaths in fighting ("thirty-one dead" says nothing of how they died)
        implied_by = {i: {c for c in parts if i in _implied({c}, parts)} for i in _implied(parts, parts)}
        # what an event implies is said too (casualties say there was fighting); what a kind implies is not
        # said over again (troops are personnel)
        inferred = _implied({c for c in parts if is_predicate(c)}, parts)
        salient = {c for c in parts | opposite | inferred if c in self.weight}
        claimed, event_states = set(), set()
        if subject := self.event_of(text):
            event_states = _states(self.concepts(subject))
            said_of = self.concepts(self.content_of(text)[len(subject):])
            claimed = {c for c in said_of if is_predicate(c)}
            claimed |= {ANTONYMS[c] for c in claimed if c in ANTONYMS} | \
                {implied for c in claimed for implied in IMPLIES.get(c, ())}
        ranked = []
        says_all: dict[str, set[str]] = {}
        for pid, all_parts in self.parts.items():
            prop_owners = {c for c in all_parts if _OWNER in c}
            explained = {a for c in self.explains[pid] for a in c.split("|")}
            precision = self._mass(salient & explained) / self._mass(salient) if salient else 0.0
            best = None
            for view_text, view in self.views[pid]:
                view_parts = {c for c in view if _OWNER not in c}  # whose forces: compared apart, below
                atoms = {a for c in view_parts for a in c.split("|")}
                shared = {c for c in view_parts if not covering.isdisjoint(c.split("|")) or
                          any(a in implied_by and (not implied_by[a] & atoms or "troops" in parts)
                              for a in c.split("|"))}
                if not view_parts or not shared - {"@future"}:
                    continue  # when it happens is no match by itself: "I'm not going to preview anything"
                filled = {c for c in view_parts - shared if c.removeprefix("against ") in self.topic} \
                    if implicit and not named else set()
                if implicit and parts.isdisjoint(self.name_parts):  # and the names of things it is about, likewise
                    filled |= {c for c in view_parts - shared if c in self.topic_names}
                if implicit and any(map(is_predicate, shared)):  # and what it is said of, when the words say it
                    filled |= {c for c in view_parts - shared if c in self.topic_things}
                if claimed and (event := self.events[pid].get(view_text)) and \
                        any(claimed & set(c.split("|")) for c in shared) and \
                        not (event_states and _states(event) and event_states.isdisjoint(_states(event))):
                    # both say it of an event, each naming it its own way (unless by other parties: "its trade
                    # with Zeloria" is not "Kaldor's seizure of the ship"); its parties are the article's
                    filled |= {c for c in event & view_parts - shared if not _states({c}) or c in filled}
                recall = (self._mass(shared) + _IMPLICIT * self._mass(filled)) / self._mass(view_parts)
                if best is None or recall > best[0]:
                    best = recall, view_parts, shared, filled, view_text
            if best is None:
                continue
            recall, prop_parts, shared, filled, matched = best
            score = (1 + _BETA2) * precision * recall / (_BETA2 * precision + recall) if precision + recall else 0.0
            if kind is not None and (kind == "call") != self.directive[pid]:
                score *= _MOOD
            if any(_conflict(owners, prop_owners, kind) for kind in _OWNED) and not _EXCLUSIVE.search(text):
                score *= _OTHER_FORCES  # "the prisoners were Belmark soldiers" is not about Corvasian soldiers
            if future != self.propositions[pid].conditional:
                score *= _TENSE  # "will be sent into combat" is not "are fighting", nor the other way round
            if claimed and not any(claimed & set(c.split("|")) for c in shared):
                score *= _TOPIC_ONLY  # "the dispatch violated the resolutions" is not about the dispatch happening
            missing = sorted(prop_parts - shared - filled)
            roles = self._other_roles(pid, owners, parts, explained)
            why = f"covers {', '.join(sorted(shared))} ({len(shared)} of {len(prop_parts)} parts)" + \
                  (f"; {', '.join(sorted(filled))} from the article" if filled else "") + \
                  (f"; missing {', '.join(missing)}" if missing else "") + "".join(f"; {r}" for r in roles)
            their_states = _states(prop_parts)
            their_counts = {c for c in prop_parts if _is_count(c)}
            said = shared - {"@future"}
            conflicts = bool(roles) or states and their_states and states.isdisjoint(their_states) or \
                counts and their_counts and counts.isdisjoint(their_counts)
            if not conflicts and all(c.startswith(("@", "against @")) for c in missing):
                says_all[pid] = {c for c in shared if is_predicate(c)}
            own = self._mass(shared) / self._mass(prop_parts)
            # a call names what it asks for and no more: "called for a naval escort mission" asks for the mission the
            # proposition spells out ("should protect merchant ships in the strait"), when all its words are in it
            named_object = kind == "call" and self.directive[pid] and precision == 1.0 and len(said) >= 2 and \
                recall >= _NAMED_OBJECT
            if recall < 0.5 and not named_object or len(said) == 1 and not is_predicate(next(iter(said))) or conflicts or \
                    all(_states({c}) for c in said) or filled and own < _OWN_SHARE:
                # ranked for the reviewer, never linked: most of it is missing, or all the words share with it is
                # who or what it is about ("servicemen", "the dam", "Calvore … Ilvaro"), not what it says of them,
                # or the words name states and none of its own, or counts and none of its own ("10,000 soldiers"
                # are not "1,500"), or give it other roles (see ``_other_roles``)
                score = min(score, self.threshold - 0.01)
            ranked.append(Candidate(pid, self.propositions[pid].text, round(score, 3), why, matched,
                                    frozenset(shared), frozenset(filled)))
        ranked.sort(key=lambda c: (-c.score, c.proposition))
        return self._unclear(self._undecided(self._stronger(ranked, says_all)))[:limit]

    def _other_roles(self, pid: str, owners: set[str], parts: set[str], explained: set[str]) -> list[str]:
        """Why the words' roles rule proposition ``pid`` out, if they do: it gives to another recipient ("Russia
        provides Pyongyang with technology" is not "Pyongyang supplies Russia"), or to none, since words that give
        something to someone are about a transfer ("Moscow may reward Pyongyang with technology" is not "troops are
        in Russia"; troops handed over are troops sent); or words planning more of something ("will send additional
        troops") meet a proposition that speaks of no more; or every wording of it puts it elsewhere ("soldiers
        inside Ukraine" are not "troops in Russia")."""
        recipients, places, given = _role_states(owners, _RECIPIENT), _role_states(owners, _PLACE), self.given[pid]
        if _conflict(owners, {c for c in self.parts[pid] if _OWNER in c}, _RECIPIENT):
            return ["given to another recipient"]
        if recipients and "deploy" not in parts and not (recipients & given or "supply" in explained and not given):
            return [f"no giving to {', '.join(f'@{r}' for r in sorted(recipients))}, as the words say"]
        if "more" in parts and "@future" in parts and "more" not in explained:
            return ["not of more to come, as the words are"]
        if places and all(theirs and theirs.isdisjoint(places) for theirs in self.placed[pid]):
            return [f"not in {', '.join(f'@{p}' for p in sorted(places))}, where the words put it"]
        return []

    def _stronger(self, ranked: list[Candidate], says_all: dict[str, set[str]]) -> list[Candidate]:
        """The proposition that says what the words say, rather than one it entails that says less.

        "At least 100 of the soldiers sent to Russia have been killed in fighting in Kursk" covers
        "troops are in Russia" fully and "troops are fighting Ukraine" but for its foe; the fighting
        entails the presence and is what the words say. A proposition is preferred over the
        linked one when it entails it, all it says is in the words but for who (it says no more than
        they do), and it says something they say that the linked one does not, or the linked one says
        something they do not ("have engaged in combat" says the fighting, not the sending to the front
        the fighting entails). ``says_all`` holds,
        for each proposition that misses none of the words' parts but states and none conflicts
        with the words, the predicates the words share with it.
        """
        if not ranked or ranked[0].score < self.threshold:
            return ranked
        first = ranked[0]
        theirs = {c for c in first.covered if is_predicate(c)}
        if not theirs and all(_is_concept(c) for c in first.covered) and \
                any(map(is_predicate, self.parts[first.proposition])):
            # "North Korea has sent about 11,000 troops" shares who and how many with "11,000 troops will be ready
            # to fight" but says neither its readiness nor its fighting: a linkable proposition the words say
            # something of goes first
            saying = next((c for c in ranked[1:] if c.score >= self.threshold and any(map(is_predicate, c.covered))),
                          None)
            if saying:
                return [saying] + [c for c in ranked if c is not saying]
        for other in ranked[1:]:
            if first.proposition in self.entailed[other.proposition] and other.proposition in says_all and \
                    (says_all[other.proposition] - theirs or first.proposition not in says_all):
                promoted = dataclasses.replace(other, score=first.score, why=f"{other.why}; says more of what the words "
                                               f"say than {first.proposition}, which it entails")
                return [promoted] + [c for c in ranked if c is not other]
        return ranked

    def _mass(self, parts: set[str]) -> float:
        """The parts' summed weight, the same whatever order a set gives them in.

        A plain sum rounds differently in another order, which Python's hash seed changes: words
        covering every part of two wordings of a proposition then scored 1 - 1e-16 on one of them
        under some seeds, and the draft explained its match by the other.
        """
        return math.fsum(self.weight[c] for c in parts)

    def _undecided(self, ranked: list[Candidate]) -> list[Candidate]:
        """Candidates the words cannot tell apart are not linked: the same parts named, one closely ahead only
        for what the article supplied ("the dam was breached", in a story where each side blames the other, is
        not about one side's strike rather than the other's)."""
        if len(ranked) < 2 or ranked[0].score < self.threshold or not ranked[0].supplied:
            return ranked
        first, second = ranked[0], ranked[1]
        if first.score - second.score <= _UNDECIDED and first.covered == second.covered and \
                first.supplied != second.supplied and second.proposition not in self.entailed[first.proposition] \
                and first.proposition not in self.entailed[second.proposition]:
            capped = self.threshold - 0.01
            return [dataclasses.replace(c, score=min(c.score, capped)) if c in (first, second) else c for c in ranked]
        return ranked

    def _unclear(self, ranked: list[Candidate]) -> list[Candidate]:
        """Neither of two candidates unrelated by entailment is linked when the words cannot choose between them: the
        first leads by less than ``_TIE``, or, covered weakly, by less than ``_CLEAR_LEAD``.

        "Drones struck Orsk as civilians left" covers as much of "drones struck the fuel depot in Orsk" as
        of "drones struck the grain silos in Orsk", and says nothing of either target: linking the one
        that happens to score a little higher invents a claim about it. Both are ranked for the reviewer.
        A proposition one entails or is entailed by is no rival: linking either is one step off at worst,
        never a conflict invented; nor is one put behind for saying less of what the words say (see
        ``_stronger``), nor one covering a predicate the first does not: the words say both ("a sovereign
        decision fully in line with international law"), and the first is one of two right answers.
        """
        if not ranked or ranked[0].score < self.threshold:
            return ranked
        first = ranked[0]
        lead = _CLEAR_LEAD if first.score < self.threshold + _WEAK else _TIE
        rivals = [c for c in ranked[1:] if c.score <= first.score and c.proposition not in self.entailed[first.proposition]
                  and first.proposition not in self.entailed[c.proposition]]
        close = [c for c in rivals if first.score - c.score < lead and
                 {p for p in c.covered if is_predicate(p)} <= {p for p in first.covered if is_predicate(p)}]
        if not close:
            return ranked
        capped = self.threshold - 0.01
        return [dataclasses.replace(c, score=min(c.score, capped)) if c is first or c in close else c for c in ranked]

    def best(self, text: str, speaker: str | None = None, kind: str | None = None) -> Candidate | None:
        """The proposition ``text`` is about, or None when none is covered well enough."""
        ranked = self.rank(text, limit=1, speaker=speaker, kind=kind)
        return ranked[0] if ranked and ranked[0].score >= self.threshold else None


#: a predicate joined to another by "and": "… is lawful and threatens no third country", "… should agree to a
#: ceasefire and negotiate"; not names or things ("Varania and Corvasia", "the Sable Crest and its crew")
_CONJUNCT = re.compile(r"\b(?:is|are|was|were|will|would|should|must|can|has|have|had|do|does|did)\s+(?P<first>.+?),?\s+and\s+"
                       r"(?P<second>(?!(?:the|a|an|its|their|his|her|our|other|all)\b)[a-z].*)$")


def conjuncts(text: str) -> list[str]:
    """The propositions a conjunction of predicates is made of, each with the subject they share.

    Reported words often say one half of a two-part claim ("the cooperation breaks no law"),
    and are about that proposition all the same.

    >>> conjuncts("Military cooperation between Varania and Corvasia is lawful and threatens no third country.")
    ['Military cooperation between Varania and Corvasia is lawful', 'Military cooperation between Varania and Corvasia is threatens no third country.']
    >>> conjuncts("Varania and Corvasia cooperate militarily.")
    []
    """
    found = _CONJUNCT.search(text)
    if not found:
        return []
    return [text[:found.end("first")], text[:found.start("first")] + found.group("second")]


#: what an action is taken over, in answer to or in return for: "… will impose sanctions over its arms deliveries"
_REASON = re.compile(r"\s+(?:over|in response to|in return for|in retaliation for|because of)\s+[^,;]+?(?=[.,;]?$)")
#: what an action is for: "a corridor should be opened so that aid can reach the town and civilians can leave"
_PURPOSE = re.compile(r",?\s+(?:so that|so as to|in order to|in order that)\s+[^;]+?(?=[.;]?$)")


#: "board" as a verb: before "search or …" or before a ship ("board the tanker"); "the board" is a body
_BOARD_VERB = re.compile(r"\bboard(?=,\s+[a-z]+\s+or\b|\s+(?:the|a|an|any|every|foreign)\s+(?:[\w-]+\s+)?"
                         r"(?:ship|vessel|boat|tanker|freighter|carrier)s?\b)")
#: what a proposition sets its claim against: "…, rather than killed in combat", "…, not because it was driven out"
#: (a bare "…, not executed" is the claim itself: "killed in fighting, not executed")
_CONTRAST = re.compile(r",?\s+(?:rather than|instead of|not because)\s+[^;,]+?(?=[.;]?$)")


def views(text: str) -> list[str]:
    """The lesser propositions words may state and still be about ``text``: each predicate of a conjunction
    (see ``conjuncts``), and the action without its reason ("Ardenne will impose new sanctions" for "… new
    sanctions over Corvasia's military support for Varania") or its purpose: the reason is usually what the
    story has already said, and a call for an action need not say what it is for.

    >>> views("Ardenne will impose new sanctions over Corvasia's military support for Varania.")
    ['Ardenne will impose new sanctions.']
    >>> views("A corridor should be opened so that aid can reach Sorrin and civilians can leave.")
    ['A corridor should be opened.']
    >>> views("The troops withdrew as a gesture of goodwill, not because they were driven out.")
    ['The troops withdrew as a gesture of goodwill.']
    """
    if purpose := _PURPOSE.search(text):
        # the purpose's halves ("… so that aid can reach Sorrin and civilians can leave") are no predicates of the action
        text = text[:purpose.start()] + text[purpose.end():]
        return conjuncts(text) + [text]
    found = conjuncts(text)
    if reason := _REASON.search(text):
        found.append(text[:reason.start()] + text[reason.end():])
    if contrast := _CONTRAST.search(text):
        found.append(text[:contrast.start()] + text[contrast.end():])  # "… withdrew its troops, not because …"
    return found


def _country_of(place: str, index: ActorIndex) -> str | None:
    """The known state a city lies in ("Bryansk" -> russia), through GeoNames."""
    from .places import country_of_city

    country = country_of_city(place)
    return index.state_of(country) if country else None


def _conflict(owners: set[str], prop_owners: set[str], kind: str) -> bool:
    """True when the words and the proposition say whose forces (or weapons) they are about and do not agree.

    The words must name the forces the proposition is first about: "the prisoners were Belmark
    soldiers" is not about Corvasian soldiers fighting Belmark's forces, but "Belmark's forces have
    not met Corvasian troops" is.
    """
    def named(concepts: set[str]) -> tuple[set[str], set[str]]:
        mine = {o.rsplit("@", 1)[1] for o in concepts if o.startswith(kind + _OWNER)}
        return mine, mine | {o.rsplit("@", 1)[1] for o in concepts if o.startswith(kind + _ALSO_OWNER)}

    (first, words), (their_first, _) = named(owners), named(prop_owners)
    return bool(first and their_first and first.isdisjoint(their_first) and their_first.isdisjoint(words))


#: concepts that only qualify another ("an independent inquiry"): they count as little as a plain word
_MODIFIERS = {"impartial", "strengthen", "route"}
#: concepts that name who or what a claim is about rather than what it says of them
_ENTITIES = {"troops", "elite", "personnel", "weapons", "drone", "missile", "shell", "ship", "aircraft", "civilians", "thousands",
             "border", "sides", "mine", "hospital", "nuclear", "grid", "airspace", "children", "route"}


def is_predicate(part: str) -> bool:
    """True for a part that says something happens or holds ("deploy", "lawful", "capture|casualty"), not for an
    actor, a number, a name, a thing or a plain word."""
    return all(atom in SYNONYMS and atom not in _ENTITIES for atom in part.split("|"))


def _implied(concepts: set[str], parts: set[str]) -> set[str]:
    """What ``concepts`` imply (see ``IMPLIES``), but for what the words' ``parts`` rule out: deaths say there was
    fighting, unless the dead are civilians ("soldiers killed civilians in the village" says no battle)."""
    return {implied for c in concepts for implied in IMPLIES.get(c, ())
            if not (implied == "fight" and "civilians" in parts)}


def _most_named(named: list[set[str]]) -> frozenset[str]:
    """The (at most three) things most often named, each in two sentences and a fifth of those that name any."""
    named = [n for n in named if n]
    counts = Counter(c for n in named for c in n)
    ranked = sorted(counts, key=lambda c: (-counts[c], c))[:3]
    return frozenset(c for c in ranked if counts[c] >= max(2, len(named) / 5))


def _role_states(parts: set[str], role: str) -> set[str]:
    """The states parts give a role ("recipient of @russia", "place of @ukraine": russia, ukraine)."""
    return {c.rsplit("@", 1)[1] for c in parts if c.startswith(role + _OWNER)}


def _states(parts: set[str]) -> set[str]:
    """The states parts name, in whatever role ("@belmark", "against @belmark"); "@future" is a time, no state."""
    return {c.removeprefix("against ") for c in parts if c.startswith(("@", "against @")) and c != "@future"}


def names_doer(parts: set[str]) -> bool:
    """True when parts name a state that does something: its own ("@kolvan") or whose weapon or forces it is ("missile
    of @kolvan"), not one acted on ("against @kolvan") nor a time ("@future")."""
    return any(c.startswith("@") and c != "@future" or _OWNER in c for c in parts)


def _is_count(part: str) -> bool:
    """True for a number large enough to be a count of people or things ("#1500", "#11000"), not a day or a rank."""
    return part.startswith("#") and part[1:].isdigit() and int(part[1:]) >= 100


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.startswith(("19", "20"))


def _is_concept(part: str) -> bool:
    return part.startswith(("@", "#", "~")) or part in SYNONYMS


def similar(a: set[str], b: set[str]) -> float:
    """Jaccard overlap of two concept sets, to merge near-duplicate new propositions."""
    return len(a & b) / len(a | b) if a | b else 0.0
