"""Rolling a speaker up to the organisation or state it speaks for, on a given day.

A person speaks for the organisation of a membership valid on the statement's day (a
membership without dates is always valid), and through it for that organisation's state;
an organisation speaks for itself and its state. Actors that belong to no state (NATO,
media, loose groups) stay themselves at every level, so nothing silently disappears.

>>> roster = Roster(kinds={"peskov": "person", "kremlin": "organization", "russia": "state"},
...                 names={}, affiliations={"peskov": [Affiliation("kremlin", None, None, "russia")],
...                                          "kremlin": [Affiliation("kremlin", None, None, "russia")]})
>>> [roll_up(roster, "peskov", None, level) for level in LEVELS]
['peskov', 'kremlin', 'russia']
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field

import pyoxigraph as ox

from .. import ids
from ..errors import KGError
from ..queries import load, rows, run
from ..store import Store

LEVELS = ("person", "organization", "state")
KINDS = {"Person": "person", "Organization": "organization", "State": "state",
         "IntergovernmentalOrganization": "intergovernmental", "MediaOutlet": "media", "Group": "group"}


@dataclass(frozen=True)
class Affiliation:
    """An organisation an actor speaks for, when, and the state above it."""

    organization: str
    start: dt.date | None
    end: dt.date | None
    state: str | None

    def valid_on(self, day: dt.date | None) -> bool:
        """Whether the affiliation holds on ``day`` (always, when the day is unknown)."""
        return day is None or ((self.start is None or self.start <= day) and (self.end is None or day <= self.end))


@dataclass
class Roster:
    """Every actor's kind, name and affiliations: what roll-ups need, read once per analysis."""

    kinds: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    affiliations: dict[str, list[Affiliation]] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)


def load_roster(store: Store, actor: str | None = None) -> Roster:
    """Read the roster from the store (``affiliations.rq``): every actor's, or only that of the ``actor`` id."""
    roster = Roster()
    if actor is None:
        found = run(store, load("affiliations"))
    else:
        found = store.query(load("affiliations").text, {"actor": ox.NamedNode(ids.actor_iri(actor))}, union=True)
    for row in rows(found):
        actor = row["actor"]
        roster.kinds[actor] = KINDS.get(row["kind"], row["kind"].lower())
        roster.names[actor] = row["name"]
        if row["parent"]:
            roster.parents[actor] = row["parent"]
        entries = roster.affiliations.setdefault(actor, [])
        if row["organization"]:
            entries.append(Affiliation(row["organization"], row["from"], row["until"], row["state"]))
    return roster


def check_actor(roster: Roster, actor: str | None) -> None:
    """Refuse an actor id the graph does not know, suggesting the nearest one: a typo is not "nothing found"."""
    if actor is not None and actor not in roster.kinds:
        hint = difflib.get_close_matches(actor, list(roster.kinds), n=1)
        raise KGError(f"unknown actor '{actor}'" + (f" (did you mean '{hint[0]}'?)" if hint else ""))


def roll_up(roster: Roster, actor: str, day: dt.date | None, level: str) -> str:
    """The id that speaks for ``actor`` at ``level`` on ``day``."""
    if level not in LEVELS:
        raise ValueError(f"unknown level '{level}' (expected one of: {', '.join(LEVELS)})")
    if level == "person" or roster.kinds.get(actor) == "state":
        return actor
    valid = sorted((a for a in roster.affiliations.get(actor, []) if a.valid_on(day)),
                   key=lambda a: (a.organization != actor, a.organization))
    if level == "organization":
        return valid[0].organization if valid else actor
    states = [a.state for a in valid if a.state]
    return states[0] if states else actor
