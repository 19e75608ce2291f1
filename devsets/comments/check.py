#!/usr/bin/env python3
"""Validate devsets/comments (pages with reader comment threads) with the checks shared by
the realpages-format sets (`devsets/realpages_check.py`: ids, urls and the held-out rule,
quotes and anchors, value ranges, tolls), and comment_tolls.jsonl, a commenter's own figures.
Prints counts; exits 1 on any error."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from realpages_check import main

if __name__ == "__main__":
    sys.exit(main(__file__))
