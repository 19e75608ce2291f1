"""The development sets' own checkers (``devsets/*/check.py`` and news-real's two) pass:
gold quotes are substrings of their texts, ids are unique, no page is shared between sets,
TimeML files parse. A hand edit that breaks a set's gold fails here, not in an evaluation."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

NEWS_REAL = ROOT / "devsets" / "news-real"
CHECKERS = [*sorted(ROOT.glob("devsets/*/check.py")), NEWS_REAL / "check_a.py",
            NEWS_REAL / "validate.py"]


@pytest.mark.parametrize("checker", CHECKERS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_devset_checker_passes(checker):
    done = subprocess.run([sys.executable, str(checker)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_every_devset_has_a_checker():
    sets = {path.name for path in (ROOT / "devsets").iterdir() if path.is_dir()}
    assert sets == {path.parent.name for path in CHECKERS}
