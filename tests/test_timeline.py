"""kg timeline: the commitments on a proposition in date order, their moves and conflicts, and the chart."""

import xml.etree.ElementTree as ET

import pytest

import kg
from kg import chart
from kg.analysis import timeline
from kg.cli import main

from .conftest import MOVES


@pytest.fixture
def store(moves_store):
    return moves_store


def rows(t):
    return [(e.actor, e.statement.id.split("/")[1], e.commitment, e.reading) for e in t.entries]


def test_every_commitment_on_the_proposition_in_date_order(store):
    t = timeline(store, "troops_at_border")
    assert t.text == "Northland troops are massed at the border."
    assert rows(t) == [
        ("lind", "lind_invented", "PR-", None),
        ("strand", "strand_no_troops", "CT-", None),
        ("vale", "vale_cannot_confirm", "Uu", None),
        ("lind", "lind_no_comment", "Uu", None),
        ("vale", "vale_probably_massing", "PR+", None),   # a span from January 20: after Lind's same-day remark
        ("vale", "vale_massed", "CT+", None),
        ("northland_mfa", "mfa_provocation", "CT-", "troops_at_border"),  # only through its alternative reading
        ("lind", "lind_exercises", "PS+", None),
        ("lind", "lind_confirms", "CT+", None),
        ("strand", "strand_troops_stay", "CT+", None),
    ]
    assert {(c.actor, c.kind) for c in t.moves} == {
        ("lind", "softening"), ("lind", "firming"), ("strand", "reversal"), ("vale", "firming")}
    assert len(t.moves) == 6
    assert all({s.id for s in r.statements} <= {e.statement.id for e in t.entries} for r in t.conflicts)
    assert {r.grade for r in t.conflicts} == {"contradiction", "conflict", "possible conflict"}


def test_what_entails_it_commits_on_it_too(store):
    """Denying the build-up denies a crossing, which entails it; asserting the build-up says nothing of a crossing."""
    t = timeline(store, "troops_crossed", level="organization")
    assert rows(t) == [("northland_mfa", "lind_invented", "PR-", None), ("northland_defence", "strand_no_troops", "CT-", None),
                       ("northland_mfa", "mfa_provocation", "CT-", None)]
    assert [(c.actor, c.kind, c.before, c.after) for c in t.moves] == [("northland_mfa", "firming", "PR-", "CT-")]
    assert t.conflicts == []


def test_calls_are_on_the_timeline_of_their_proposition(store):
    t = timeline(store, "impose_sanctions", level="state")
    assert [(e.actor, e.statement.stance, e.commitment) for e in t.entries] == [
        ("southland", "for", None), ("northland", "against", None)]
    assert [r.grade for r in t.conflicts] == ["opposing calls"] and t.moves == []


def test_without_a_proposition_every_statement_is_on_it(store):
    t = timeline(store)
    assert len(t.entries) == 14 and t.text is None
    assert len(t.moves) == 7  # the person-level moves, on every proposition


def test_unknown_proposition_and_level(store):
    with pytest.raises(kg.KGError, match=r"unknown proposition 'troops_at_bordr' \(did you mean 'troops_at_border'\?\)"):
        timeline(store, "troops_at_bordr")
    with pytest.raises(kg.KGError, match="unknown level"):
        timeline(store, "troops_at_border", level="planet")


def svg_texts(path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(node.itertext()).strip() for node in root.iter("{http://www.w3.org/2000/svg}text")]


def test_the_chart_names_actors_marks_moves_and_explains_itself(store, tmp_path):
    path = chart.draw(timeline(store, "troops_at_border", level="state"), tmp_path / "chart.svg")
    texts = svg_texts(path)
    assert "Northland troops are massed at the border." in texts
    assert {"Northland", "Southland"} <= set(texts)  # one row per state, by name
    assert {"softening CT- → Uu", "firming Uu → PS+", "firming PS+ → CT+", "firming PR- → CT-"} <= set(texts)
    assert {"for (true)", "against (false)", "no commitment (Uu)", "certain", "probable", "possible",
            "date known as a span", "stance move", "conflict"} <= set(texts)
    assert "cannot confirm: no commitment" in texts and "denial: certainly false (alt. reading)" in texts
    assert not {"lind", "strand", "northland", "troops_at_border"} & set(texts)  # names, not ids


def test_the_chart_as_png_and_without_dates(store, tmp_path):
    import matplotlib.image

    path = chart.draw(timeline(store, "troops_at_border"), tmp_path / "chart.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    height, width, _ = matplotlib.image.imread(path).shape
    assert width > 1200 and height > 500
    empty = chart.draw(kg.analysis.Timeline("p", "person"), tmp_path / "empty.svg")
    assert "no dated statements" in svg_texts(empty)


def test_cli_timeline_table_chart_and_errors(runner, tmp_path):
    store = str(tmp_path / "store")
    assert runner.invoke(main, ["--store", store, "build", "--data", str(MOVES)]).exit_code == 0
    out = tmp_path / "story.png"
    result = runner.invoke(main, ["--store", store, "timeline", "--proposition", "troops_at_border", "--level", "state",
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "troops_at_border: Northland troops are massed at the border."
    assert lines[2].split() == ["date", "actor", "speaker", "type", "commitment", "about", "quote"]
    assert lines[4].split()[:5] == ["2024-01-10", "northland", "lind", "dismissal", "PR-"]
    assert any(line.startswith("2024-01-20..2024-01-31  southland") for line in lines)
    assert "move: northland softening CT- → Uu on troops_at_border (2024-01-12 → 2024-01-20)" in lines
    assert "troops_crossed (read as troops_at_border)" in result.stdout
    assert out.exists() and f"wrote {out}" in result.stderr
    for args, message in [
        (["--proposition", "troops_at_bordr"], "unknown proposition 'troops_at_bordr'"),
        (["-o", str(tmp_path / "chart.txt")], "unknown chart format '.txt'"),
        (["-o", str(tmp_path / "missing" / "chart.png")], "cannot write the chart"),
    ]:
        bad = runner.invoke(main, ["--store", store, "timeline", *args])
        assert bad.exit_code == 2 and message in bad.stderr and len(bad.stderr.splitlines()) == 1, bad.output


def test_the_readme_picture_is_drawn_by_a_script_in_the_repository(tmp_path):
    import importlib.util

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("make_figures", ROOT / "docs" / "make_figures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = module.main(tmp_path / "timeline.png")
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert "docs/timeline.png" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert (ROOT / "docs" / "timeline.png").stat().st_size > 50_000
