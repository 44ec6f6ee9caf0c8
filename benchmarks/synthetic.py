"""A synthetic corpus with the shape of real coverage, written straight to N-Quads.

Shape, per N statements: about N/50 speakers (people in organisations, organisations in
about 40 states, one membership in ten bounded in time), N/10 propositions in entailment
chains of four with a few incompatibilities, articles of 20 statements each. Statement
types follow news coverage: 60 % claims (half certain, a third probable, the rest
possible), 25 % denials, 5 % dismissals, 10 % non-confirmations; one statement in 30 can
also be read as about a second proposition (an alternative reading, half of them on the same
chain). Each statement carries what kg compiles for it: type, speaker, proposition,
commitment, date, cue, quote and Web Annotation evidence for the quote and its sentence. The kg ontology is included, as ``kg build`` stores it.

Run: python benchmarks/synthetic.py 100000 corpus.nq
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import ids  # noqa: E402
from kg.ontology import ontology  # noqa: E402

KG = "https://w3id.org/kg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
ORG = "http://www.w3.org/ns/org#"
OA = "http://www.w3.org/ns/oa#"
TIME = "http://www.w3.org/2006/time#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
CHAIN = 4
PER_ARTICLE = 20
ALTERNATIVE_READINGS = 1 / 30
# (share, class, factuality, cue)
TYPES = [
    (0.30, "Claim", "CT_pos", "said"), (0.20, "Claim", "PR_pos", "claimed"), (0.10, "Claim", "PS_pos", "suggested"),
    (0.25, "Denial", "CT_neg", "denied"), (0.05, "Dismissal", "PR_neg", "dismissed"),
    (0.10, "NonConfirmation", "Uu", "could not confirm"),
]


def _iri(value: str) -> str:
    return f"<{value}>"


def _lit(value, datatype: str | None = None) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"^^<{XSD}{datatype}>' if datatype else f'"{text}"'


def generate(statements: int, path: Path, seed: int = 1, progress: bool = True) -> dict[str, int]:
    """Write the corpus to ``path``; return how many statements, actors, propositions and quads."""
    rng = random.Random(seed)
    readings = random.Random(seed + 1)  # its own stream, so the rest of a seed's corpus stays as it was
    n_states = 40
    n_orgs = max(10, statements // 500)
    n_people = max(40, statements // 50)
    n_chains = max(5, statements // (10 * CHAIN))
    quads = 0
    registry = _iri(ids.REGISTRY_GRAPH)

    with open(path, "w", encoding="utf-8") as out:
        def emit(s: str, p: str, o: str, g: str) -> None:
            nonlocal quads
            out.write(f"{s} {p} {o} {g} .\n")
            quads += 1

        onto = _iri(ids.ONTOLOGY_GRAPH)
        for line in ontology().serialize(format="nt").splitlines():
            if line.strip():
                out.write(line.rstrip(" .") + f" {onto} .\n")
                quads += 1

        def actor(slug: str, cls: str, name: str) -> str:
            node = _iri(ids.actor_iri(slug))
            emit(node, RDF_TYPE, _iri(KG + cls), registry)
            emit(node, _iri(KG + "slug"), _lit(slug), registry)
            emit(node, SKOS_LABEL, _lit(name), registry)
            return node

        states = [actor(f"state_{i}", "State", f"State {i}") for i in range(n_states)]
        orgs = []
        for i in range(n_orgs):
            node = actor(f"org_{i}", "Organization", f"Organisation {i}")
            emit(node, _iri(ORG + "subOrganizationOf"), rng.choice(states), registry)
            orgs.append(node)
        people = []
        for i in range(n_people):
            node = actor(f"person_{i}", "Person", f"Person {i}")
            membership = _iri(f"{ids.ID}membership/person_{i}/1")
            emit(membership, RDF_TYPE, _iri(ORG + "Membership"), registry)
            emit(membership, _iri(ORG + "member"), node, registry)
            emit(membership, _iri(ORG + "organization"), rng.choice(orgs), registry)
            if rng.random() < 0.1:
                interval, begin = _iri(f"{membership[1:-1]}/interval"), _iri(f"{membership[1:-1]}/interval/begin")
                emit(membership, _iri(ORG + "memberDuring"), interval, registry)
                emit(interval, _iri(TIME + "hasBeginning"), begin, registry)
                emit(begin, _iri(TIME + "inXSDDate"), _lit(dt.date(2024, rng.randint(1, 12), 1), "date"), registry)
            people.append(node)
        speakers = people + orgs

        props = []
        for c in range(n_chains):
            chain = [_iri(ids.proposition_iri(f"c{c}_{k}")) for k in range(CHAIN)]
            for k, node in enumerate(chain):
                emit(node, RDF_TYPE, _iri(KG + "Proposition"), registry)
                emit(node, _iri(KG + "text"), _lit(f"Proposition {k} of chain {c}."), registry)
                if k + 1 < CHAIN:
                    emit(node, _iri(KG + "entails"), chain[k + 1], registry)
            if c and rng.random() < 0.01:
                emit(chain[-1], _iri(KG + "incompatibleWith"), props[rng.randrange(len(props))][-1], registry)
            props.append(chain)

        shares, kinds = zip(*((t[0], t[1:]) for t in TYPES))
        start = dt.date(2024, 1, 1)
        for i in range(statements):
            article_slug = f"a{i // PER_ARTICLE}"
            graph = _iri(ids.article_graph(article_slug))
            article = _iri(ids.article_iri(article_slug))
            if i % PER_ARTICLE == 0:
                emit(article, RDF_TYPE, _iri(KG + "Article"), graph)
                emit(article, "<https://schema.org/datePublished>", _lit(start + dt.timedelta(days=rng.randrange(365)), "date"), graph)
            cls, factuality, cue = rng.choices(kinds, weights=shares)[0]
            node = _iri(ids.statement_iri(article_slug, f"s{i}"))
            quote = f"Statement {i} about chain {i % n_chains}"
            emit(node, RDF_TYPE, _iri(KG + cls), graph)
            emit(node, _iri(KG + "speaker"), rng.choice(speakers), graph)
            chain = rng.choice(props)
            emit(node, _iri(KG + "about"), rng.choice(chain), graph)
            if readings.random() < ALTERNATIVE_READINGS:  # half of them on the same chain, half anywhere
                other = chain if readings.random() < 0.5 else readings.choice(props)
                emit(node, _iri(KG + "alternativeAbout"), readings.choice(other), graph)
            emit(node, _iri(KG + "factuality"), _iri(KG + factuality), graph)
            emit(node, _iri(KG + "reportedIn"), article, graph)
            emit(node, _iri(KG + "date"), _lit(start + dt.timedelta(days=rng.randrange(365)), "date"), graph)
            emit(node, _iri(KG + "cue"), _lit(cue), graph)
            emit(node, _iri(KG + "quote"), _lit(quote), graph)
            emit(node, _iri(KG + "isDirectQuote"), _lit("false", "boolean"), graph)
            for span, end in (("evidence", len(quote)), ("sentence", len(quote) + 1)):
                target, selector = _iri(f"{node[1:-1]}/{span}"), _iri(f"{node[1:-1]}/{span}/position")
                emit(node, _iri(KG + span), target, graph)
                emit(target, RDF_TYPE, _iri(OA + "SpecificResource"), graph)
                emit(target, _iri(OA + "hasSource"), article, graph)
                emit(target, _iri(OA + "hasSelector"), selector, graph)
                emit(selector, RDF_TYPE, _iri(OA + "TextPositionSelector"), graph)
                emit(selector, _iri(OA + "start"), _lit(0, "integer"), graph)
                emit(selector, _iri(OA + "end"), _lit(end, "integer"), graph)
            if progress and (i + 1) % max(1, statements // 20) == 0:
                print(f"\r  generating [{'#' * ((i + 1) * 20 // statements):<20}] {i + 1:,} statements",
                      end="", file=sys.stderr, flush=True)
        if progress:
            print(file=sys.stderr)
    return {"statements": statements, "actors": n_states + n_orgs + n_people,
            "propositions": n_chains * CHAIN, "quads": quads}


if __name__ == "__main__":
    print(generate(int(sys.argv[1]), Path(sys.argv[2])))
