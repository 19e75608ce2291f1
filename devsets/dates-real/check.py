"""Validate this set's TimeML files with the checks shared by the TimeML sets
(``devsets/timeml_set.py``: parse, DOCID and DCT, TIMEX3 types, values and mods, text
substring of the stored page, the builder's output, URLs unique, in the even SHA-1 half and
in no other development set, dates-probes included). Prints counts; exits 1 on any problem.

    PYTHONPATH=src python devsets/dates-real/check.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from timeml_set import check_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_main(HERE, "dr", (HERE.parent / "dates-probes" / "pages.jsonl",)))
