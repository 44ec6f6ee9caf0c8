"""The seed article's graph, asserted exactly: actors, statements, propositions, evidence."""

import datetime as dt

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from kg import ids, shapes
from kg.vocab import KG

from .conftest import SEED_ID

ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

REQUIRED_ACTORS = {
    "rutte": KG.Person, "austin": KG.Person, "budanov": KG.Person, "landsbergis": KG.Person,
    "peskov": KG.Person, "zinoviev": KG.Person, "macron": KG.Person,
    "nis": KG.Organization, "kremlin": KG.Organization,
    "nato": KG.IntergovernmentalOrganization,
    "russia": KG.State, "ukraine": KG.State, "south_korea": KG.State, "north_korea": KG.State,
    "lithuania": KG.State, "united_states": KG.State, "france": KG.State,
}

# (statement id, type, speaker, proposition, factuality, date or (earliest, latest))
SEED_STATEMENTS = {
    ("ukrainian_media_deserters", KG.Claim, "ukrainian_media", "nk_deserters_captured_kursk", KG.PS_pos, "2024-10-21"),
    ("rutte_cannot_confirm", KG.NonConfirmation, "rutte", "nk_military_involvement", KG.Uu, "2024-10-19"),
    ("austin_cannot_confirm", KG.NonConfirmation, "austin", "nk_military_involvement", KG.Uu, "2024-10-19"),
    ("rutte_escalation_warning", KG.Warning, "rutte", "nk_troops_escalate_war", KG.PR_pos, "2024-10-21"),
    ("budanov_11000_troops", KG.Claim, "budanov", "nk_11000_troops_ready", KG.PR_pos, (None, "2024-10-18")),
    ("nis_special_forces", KG.Confirmation, "nis", "nk_special_forces_far_east", KG.CT_pos, "2024-10-18"),
    ("macron_european_forces", KG.Call, "macron", "deploy_european_forces_ukraine", None, ("2024-01-01", "2024-03-31")),
    ("landsbergis_nk_did_it", KG.Claim, "landsbergis", "nk_boots_on_ground", KG.CT_pos, "2024-10-20"),
    ("landsbergis_revisit_call", KG.Call, "landsbergis", "revisit_european_forces_idea", None, "2024-10-20"),
    ("moscow_dismisses_enquiries", KG.Dismissal, "russian_government", "nk_troops_deployed_ukraine", KG.PR_neg, "2024-10-21"),
    ("moscow_sovereign_right", KG.Claim, "russian_government", "russia_sovereign_right_nk_ties", KG.CT_pos, "2024-10-21"),
    ("moscow_denies_cooperation", KG.Denial, "russian_government", "russia_nk_military_cooperation", KG.CT_neg, ("2024-10-01", "2024-10-20")),
    ("peskov_fake_news", KG.Dismissal, "peskov", "nk_troops_in_russia", KG.PR_neg, "2024-10-10"),
    ("zinoviev_lawful", KG.Claim, "zinoviev", "russia_nk_cooperation_lawful", KG.CT_pos, "2024-10-21"),
    ("western_weapons_accusation", KG.Accusation, "western_governments", "nk_supplies_weapons_to_russia", KG.CT_pos, None),
}


@pytest.fixture(scope="module")
def graph(seed_compiled) -> Graph:
    g = Graph()
    for part in seed_compiled.graphs.values():
        g += part
    return g


def _stmt(slug: str) -> URIRef:
    return ids.statement_iri(SEED_ID, slug)


def _date(value):
    return Literal(dt.date.fromisoformat(value)) if value else None


def test_required_actors_exist_with_their_types(graph):
    for slug, cls in REQUIRED_ACTORS.items():
        assert (ids.actor_iri(slug), RDF.type, cls) in graph, slug


def test_at_least_twenty_actors_all_named(graph):
    actors = set(graph.subjects(KG.slug, None))
    assert len(actors) == 26
    assert all(graph.value(a, SKOS.prefLabel) for a in actors)


def test_every_statement_exactly(graph):
    found = set()
    for s in graph.subjects(KG.speaker, None):
        types = set(graph.objects(s, RDF.type))
        assert len(types) == 1
        date = graph.value(s, KG.date)
        span = (graph.value(s, KG.earliestDate), graph.value(s, KG.latestDate))
        found.add((ids.slug_of(s), types.pop(), ids.slug_of(graph.value(s, KG.speaker)),
                   ids.slug_of(graph.value(s, KG.about)), graph.value(s, KG.factuality),
                   date or (span if any(span) else None)))
    expected = set()
    for slug, cls, speaker, prop, fact, when in SEED_STATEMENTS:
        when = _date(when) if isinstance(when, str) or when is None else tuple(_date(w) for w in when)
        expected.add((slug, cls, speaker, prop, fact, when))
    assert found == expected


def test_peskov_dismissal_is_dated_and_quoted(graph):
    s = _stmt("peskov_fake_news")
    assert (s, RDF.type, KG.Dismissal) in graph
    assert graph.value(s, KG.date) == Literal(dt.date(2024, 10, 10))
    assert str(graph.value(s, KG.quote)) == "This looks like another bit of fake news"
    assert graph.value(s, KG.isDirectQuote) == Literal(True)
    assert str(graph.value(s, KG.cue)) == "told reporters"


@pytest.mark.parametrize("speaker", ["rutte", "austin"])
def test_rutte_and_austin_do_not_confirm_on_october_19(graph, speaker):
    s = _stmt(f"{speaker}_cannot_confirm")
    assert (s, RDF.type, KG.NonConfirmation) in graph
    assert graph.value(s, KG.factuality) == KG.Uu
    assert graph.value(KG.Uu, KG.certainty) == KG.uncommitted
    assert graph.value(s, KG.date) == Literal(dt.date(2024, 10, 19))


def test_budanov_claim_entails_troops_in_russia(graph):
    about = graph.value(_stmt("budanov_11000_troops"), KG.about)
    entailed = set(graph.transitive_objects(about, KG.entails))
    assert ids.proposition_iri("nk_troops_in_russia") in entailed
    assert ids.proposition_iri("russia_nk_military_cooperation") in entailed


def _span(graph, resource) -> tuple[int, int, str]:
    """Offsets from the TextPositionSelector and exact text from the TextQuoteSelector."""
    selectors = list(graph.objects(resource, OA.hasSelector))
    position = next(x for x in selectors if (x, RDF.type, OA.TextPositionSelector) in graph)
    quote = next(x for x in selectors if (x, RDF.type, OA.TextQuoteSelector) in graph)
    return int(graph.value(position, OA.start)), int(graph.value(position, OA.end)), str(graph.value(quote, OA.exact))


def test_every_evidence_offset_slices_the_article_to_its_quote(graph):
    article = ids.article_iri(SEED_ID)
    text = str(graph.value(article, SCHEMA.text))
    statements = list(graph.subjects(KG.speaker, None))
    assert len(statements) == 15
    for s in statements:
        evidence = graph.value(s, KG.evidence)
        assert graph.value(evidence, OA.hasSource) == article
        start, end, exact = _span(graph, evidence)
        assert text[start:end] == str(graph.value(s, KG.quote)) == exact
        a, b, sentence = _span(graph, graph.value(s, KG.sentence))
        assert a <= start and end <= b and text[a:b] == sentence == sentence.strip()


def test_peskov_sentence_is_the_whole_sentence(graph):
    sentence = graph.value(_stmt("peskov_fake_news"), KG.sentence)
    exact = next(graph.objects(sentence, OA.hasSelector / OA.exact))
    assert str(exact) == "“This looks like another bit of fake news,” Kremlin spokesman Dmitry Peskov told reporters on October 10."


def test_affiliations_roll_speakers_up_to_states(graph):
    def state_of(slug):
        node = ids.actor_iri(slug)
        org = graph.value(graph.value(predicate=ORG.member, object=node), ORG.organization) or node
        chain = [org, *graph.transitive_objects(org, ORG.subOrganizationOf)]
        return next((ids.slug_of(n) for n in chain if (n, RDF.type, KG.State) in graph), None)

    assert state_of("peskov") == "russia"
    assert state_of("zinoviev") == "russia"
    assert state_of("budanov") == "ukraine"
    assert state_of("nis") == "south_korea"
    assert state_of("landsbergis") == "lithuania"
    assert state_of("austin") == "united_states"
    assert state_of("rutte") is None  # NATO is not a state
    assert state_of("ukrainian_media") is None  # based in Ukraine, but does not speak for it


def test_reportedly_and_responds_to(graph):
    nis = _stmt("nis_special_forces")
    assert graph.value(nis, KG.reportedly) == Literal(True)
    assert graph.value(nis, KG.respondsTo) == _stmt("budanov_11000_troops")


def test_seed_conforms_to_the_shapes(graph):
    assert shapes.violations(graph) == []


ACTOR = "https://w3id.org/kg/id/actor/"


@pytest.mark.parametrize("subject, path, wrong", [
    ("peskov_fake_news", KG.speaker, "https://w3id.org/kg/id/proposition/nk_troops_in_russia"),
    ("peskov_fake_news", KG.about, ACTOR + "peskov"),
    ("peskov_fake_news", KG.factuality, ACTOR + "peskov"),
    ("peskov_fake_news", KG.speaker, ACTOR + "nobody"),
    ("kremlin", KG.basedIn, ACTOR + "peskov"),
])
def test_a_value_of_the_wrong_class_is_reported_where_it_is(graph, subject, path, wrong):
    """Without RDFS inference: by the ranges it would type the wrong value to fit and hide the error."""
    node = URIRef(ACTOR + subject) if path == KG.basedIn else _stmt(subject)
    broken = Graph()
    broken += graph
    broken.set((node, path, URIRef(wrong)))
    assert [(focus, message.endswith(f"(path {broken.namespace_manager.normalizeUri(path)})"))
            for focus, message in shapes.violations(broken)] == [(node, True)]


def test_one_named_graph_per_article_plus_registry(seed_compiled):
    assert set(seed_compiled.graphs) == {ids.ONTOLOGY_GRAPH, ids.REGISTRY_GRAPH, ids.article_graph(SEED_ID)}
    article_graph = seed_compiled.graphs[ids.article_graph(SEED_ID)]
    assert not list(article_graph.subjects(KG.slug, None))  # actors live in the registry
