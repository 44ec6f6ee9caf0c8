"""Who contradicts whom, who backs whom, who changed stance: plain functions over query results.

The joins run in the SPARQL engine (see ``kg/queries``); these functions add evidence,
paths, roll-ups to organisations and states, and actor networks.
"""

from .conflicts import CONFLICT_GRADES, GRADES, Relation, relations
from .derive import infer
from .evidence import Evidence
from .network import actor_network, camps, commitment_matrix, export_network, frustration, network_from_commitments
from .rollup import LEVELS, roll_up
from .stance import KINDS, StanceChange, stance_changes
from .timeline import Entry, Timeline, timeline

__all__ = [
    "CONFLICT_GRADES", "GRADES", "KINDS", "LEVELS", "Evidence", "Relation", "StanceChange", "actor_network", "camps", "commitment_matrix",
    "export_network", "frustration", "infer", "network_from_commitments", "relations", "roll_up", "stance_changes",
    "Entry", "Timeline", "timeline",
]
