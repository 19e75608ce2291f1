#!/usr/bin/env python3
"""Validate devsets/notes (one-paragraph incident notes, each url PAGE#n) with the checks shared by
the realpages-format sets (`devsets/realpages_check.py`: ids, urls and the held-out rule,
quotes and anchors, value ranges, tolls), and at most 10 notes a page.
Prints counts; exits 1 on any error."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from realpages_check import main

if __name__ == "__main__":
    sys.exit(main(__file__, notes_per_page=10))
