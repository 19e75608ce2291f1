"""The documentation: links resolve, the generated frame table is current, the README keeps
its Quickstart and stays short. ``scripts/check_docs.py`` (run by ``.ci/run``) also runs
the marked examples."""

from __future__ import annotations

import importlib.util
import re

from tests.conftest import ROOT

QUICKSTART = [
    'python3 -m venv .venv && .venv/bin/pip install -e ".[model,dev]" && '
    ".venv/bin/claimex extract corpora -o out",
    ".venv/bin/python -m pytest",
]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_internal_link_resolves():
    assert _script("check_docs").broken_links() == []


def test_the_link_check_finds_broken_links(tmp_path, monkeypatch):
    check = _script("check_docs")
    monkeypatch.setattr(check, "ROOT", tmp_path)
    (tmp_path / "a.md").write_text("# Top\n[ok](#top) [gone](b.md) [no](#nowhere)\n"
                                   "```\n[in code](c.md)\n```\n")
    assert check.broken_links([tmp_path / "a.md"]) == [
        "a.md:2: b.md (no such file)", "a.md:2: #nowhere (no heading #nowhere)"]


def test_github_anchors():
    check = _script("check_docs")
    assert check.slug("`claimex.claim/1`") == "claimexclaim1"
    assert check.slug("Transformer pipeline (GPU)") == "transformer-pipeline-gpu"
    assert check.slug("Measuring: tune and check halves") == "measuring-tune-and-check-halves"


def test_the_marked_examples_are_bash_or_python():
    found = _script("check_docs").examples()
    assert found and {language for _, language, _ in found} <= {"bash", "python"}


def test_the_claims_frame_table_is_current():
    gen = _script("gen_docs")
    text = gen.DOC.read_text(encoding="utf-8")
    assert gen.updated(text) == text, "run: python scripts/gen_docs.py"
    from claimex.pipeline.claims.registry import LINKERS

    assert all(f"`{linker.name}`" in text for linker in LINKERS)


def test_the_vague_bounds_table_is_current():
    gen = _script("gen_docs")
    text = gen.NUMBERS_DOC.read_text(encoding="utf-8")
    assert gen.updated_numbers(text) == text, "run: python scripts/gen_docs.py"
    assert "| dozens | 24 .. 99 |" in text


def test_readme_is_short_and_opens_with_the_quickstart():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 200
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings[0] == "Quickstart"
    block = re.search(r"## Quickstart\n\n```bash\n(.*?)```", text, re.S).group(1)
    assert block.splitlines() == QUICKSTART


def test_shown_output_must_be_lines_of_the_file_it_names(tmp_path, monkeypatch):
    check = _script("check_docs")
    monkeypatch.setattr(check, "ROOT", tmp_path)
    (tmp_path / "out.jsonl").write_text('{"a": 1}\n{"b": 2}\n')
    page = tmp_path / "p.md"
    page.write_text('<!-- docs-check: lines of out.jsonl -->\n```json\n{"b": 2}\n```\n')
    assert check.stale_outputs([page]) == []
    page.write_text('<!-- docs-check: lines of out.jsonl -->\n```json\n{"b": 3}\n```\n')
    assert check.stale_outputs([page]) == ['p.md:2: not a line of out.jsonl: {"b": 3}...']


def _config_keys(path):
    from thinc.api import Config

    def flat(section, prefix=""):
        for key, value in section.items():
            if isinstance(value, dict) and value:
                yield from flat(value, f"{prefix}{key}.")
            else:
                yield f"{prefix}{key}"

    return list(flat(Config().from_disk(path, interpolate=False)))


def _documented_settings(text):
    """The first-column names of the Settings table of docs/configs.md, braces expanded."""
    table = text.split("## Settings", 1)[1].split("\n## ", 1)[0]
    names = []
    for line in table.splitlines():
        match = re.match(r"^\| `([^`]+)` \|", line)
        if match:
            name = match.group(1)
            braces = re.search(r"\{([^}]*)\}", name)
            names += ([name[:braces.start()] + part + name[braces.end():]
                       for part in braces.group(1).split(",")] if braces else [name])
    return names


def test_configs_md_documents_every_setting_of_every_shipped_config():
    documented = _documented_settings((ROOT / "docs" / "configs.md").read_text("utf-8"))

    def covered(key):
        for name in documented:
            pattern = re.escape(name).replace("NAME", r"[^.]+")
            if re.fullmatch(pattern, key) or re.match(pattern + r"\.", key):
                return True
        return False

    for config in sorted((ROOT / "src" / "claimex" / "configs").glob("*.cfg")):
        missing = [key for key in _config_keys(config) if not covered(key)]
        assert missing == [], f"{config.name}: add these to docs/configs.md: {missing}"
