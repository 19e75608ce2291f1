"""Build this set's TimeML files (``dpNNN.tml``) and ``pages.jsonl`` from
``annotations/dpNNN.txt``; the annotation format and the builder are shared with the other
TimeML set (``devsets/timeml_set.py``). ``check.py`` validates the result.

    PYTHONPATH=src python devsets/dates-probes/build.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from timeml_set import build_set  # noqa: E402

if __name__ == "__main__":
    build_set(HERE, "dp", ("probes",))
