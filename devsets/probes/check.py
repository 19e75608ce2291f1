#!/usr/bin/env python3
"""Validate devsets/probes (real pages chosen by a rule's phrasing, session 10) with the checks
shared by the realpages-format sets (`devsets/realpages_check.py`: ids, urls and the held-out
rule, quotes and anchors, value ranges, tolls). Prints counts; exits 1 on any error."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from realpages_check import main

if __name__ == "__main__":
    sys.exit(main(__file__))
