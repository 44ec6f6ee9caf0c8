"""kg: who said what, who backs whom, who contradicts whom, as an RDF knowledge graph.

The public API, re-exported from the modules that own each concern. The names are
imported on first use, so ``kg --help`` does not load rdflib, pyoxigraph and pyshacl.
"""

import sys
import types
from importlib import import_module

_OWNERS = {
    "Corpus": "annotations", "load_corpus": "annotations",
    "Summary": "build", "build": "build", "summary": "build",
    "compile_corpus": "compile",
    "DataError": "errors", "KGError": "errors", "QueryError": "errors", "StoreError": "errors",
    "Store": "store",
}

__all__ = sorted(_OWNERS)
__version__ = "0.1.0"


class _Package(types.ModuleType):
    """Keeps ``kg.build`` and ``kg.summary`` the functions when their modules are imported later.

    Importing a submodule sets it as an attribute of its package, which would replace
    the function ``kg.build`` by the module ``kg.build``.
    """

    def __setattr__(self, name: str, value) -> None:
        if isinstance(value, types.ModuleType) and _OWNERS.get(name) == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str):
    if name in _OWNERS:
        value = getattr(import_module(f".{_OWNERS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
