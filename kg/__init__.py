"""kg: who said what, who backs whom, who contradicts whom, as an RDF knowledge graph.

The public API, re-exported from the modules that own each concern.
"""

from .annotations import Corpus, load_corpus
from .build import Summary, build, summary
from .compile import compile_corpus
from .errors import DataError, KGError, QueryError, StoreError
from .remote import RemoteStore  # noqa: F401  (registers the sparql+http(s):// locations with Store)
from .store import Store

__all__ = [
    "Corpus", "DataError", "KGError", "QueryError", "Store", "StoreError", "Summary",
    "build", "compile_corpus", "load_corpus", "summary",
]
__version__ = "0.1.0"
