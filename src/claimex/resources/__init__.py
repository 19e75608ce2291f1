"""Gazetteers and cue lexicons shipped in the wheel, read with importlib.resources."""
