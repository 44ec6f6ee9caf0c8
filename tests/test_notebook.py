"""The walkthrough notebook runs top to bottom and is stored without outputs."""


import nbformat
import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


@pytest.fixture(scope="module")
def executed():
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=60, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return nb


def _text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.extend(str(v) for v in out.get("data", {}).values())
    return "\n".join(parts)


def test_notebook_runs_and_shows_the_answers(executed):
    assert not [o for c in executed.cells for o in c.get("outputs", []) if o.output_type == "error"]
    text = _text(executed)
    assert "1 article, 26 actors, 15 statements" in text
    assert "conflict: budanov vs peskov on nk_troops_in_russia" in text
    assert "unconfirmed: budanov vs rutte" in text
    assert "contradiction: lithuania vs russia" in text
    assert "frustration: 0" in text
    assert "russia: softening CT- → PR- on nk_troops_deployed_ukraine" in text
    assert "move: russian_government softening CT- → PR- on nk_troops_deployed_ukraine" in text
    assert "Government of Russia" in text and "softening CT- → PR-" in text  # the chart, by name
    assert "<svg" in text and "srcdoc=" in text
    assert "https://cdn" not in text
