"""Where the CPU time of ``claimex extract`` goes, against bare spaCy, on a fixed subset.

    python benchmarks/profile_default.py [--corpus FILE.jsonl] [--documents 200]
                                         [--config default] [--profile [N]]
                                         [--sort tottime|cumtime] [--dump FILE.prof]

Measures the CPU time of this process (``time.process_time()``, so other jobs on a shared
machine barely change the figures, unlike wall-clock seconds) for two runs on the first
``--documents`` texts of the corpus (default: 200 of ``../shared/corpora/fakes-syria/
fakes.jsonl``):

* bare ``nlp.pipe`` with the model the config names (batches of 64), as
  ``benchmarks/throughput.py`` runs it;
* the library path of ``claimex extract`` (:func:`claimex.api.extract_encoded` and
  :class:`claimex.io.writers.RecordWriter`, all record files written).

Each run is broken down by stage: the tokenizer, every pipeline component (each component
is wrapped so that it runs a whole batch at once and is timed alone), and for claimex the
page segmentation and chunking, :func:`~claimex.assemble.records.document_result` (records
of a document), :func:`~claimex.assemble.results.encode_result` (JSON lines) and writing.
``--profile N`` then runs claimex once more under ``cProfile`` and prints the top N
functions by ``--sort`` (``tottime``: time in the function itself; ``cumtime``: with its
callees); ``--dump`` writes the raw profile for ``pstats``/snakeviz.

A warm-up run of both, not counted, comes first on the documents after the subset, as many
as the pipeline runs outside a memory zone (``Pipeline.warm_up_chars``, see
:mod:`claimex.extraction`) and at least 20: it fills the tokenizer's cache as the start of
a long run does, so the figures are those of the rest of a long run (in
``benchmarks/throughput.py`` on FA-KES, about its last two thirds).

Run it with the ``claimex`` under test importable, e.g.
``PYTHONPATH=src nice .venv/bin/python benchmarks/profile_default.py --profile 40``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout; a git worktree under ../wt/NAME finds it two levels up.
DEFAULT_CORPUS = next((base / "shared" / "corpora" / "fakes-syria" / "fakes.jsonl"
                       for base in (ROOT.parent, ROOT.parent.parent)
                       if (base / "shared" / "corpora").is_dir()),
                      ROOT.parent / "shared" / "corpora" / "fakes-syria" / "fakes.jsonl")

Times = dict[str, float]


class TimedComponent:
    """A pipeline component that runs each batch it gets as a whole (the documents are
    first drawn from the components before it, on their own clocks) and adds its CPU
    seconds to ``times[name]``."""

    def __init__(self, name: str, proc: Any, times: Times) -> None:
        self.name, self.proc, self.times = name, proc, times

    def pipe(self, docs: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        batch = list(docs)
        started = time.process_time()
        if hasattr(self.proc, "pipe"):
            out = list(self.proc.pipe(batch, **kwargs))
        else:
            out = [self.proc(doc) for doc in batch]
        self.times[self.name] += time.process_time() - started
        yield from out

    def __call__(self, doc: Any) -> Any:
        started = time.process_time()
        out = self.proc(doc)
        self.times[self.name] += time.process_time() - started
        return out

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.proc, attr)


def timed(function: Callable[..., Any], times: Times, name: str) -> Callable[..., Any]:
    """``function`` adding its CPU seconds to ``times[name]`` (a generator's result is
    drawn to the end inside the clock)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        out = function(*args, **kwargs)
        if isinstance(out, Iterator):
            out = iter(list(out))
        times[name] += time.process_time() - started
        return out

    return wrapper


def instrument(nlp: Any, times: Times) -> None:
    """Wrap the tokenizer and every component of ``nlp`` in timers."""
    nlp.tokenizer = timed(nlp.tokenizer, times, "tokenizer")
    nlp._components = [(name, TimedComponent(name, proc, times))
                       for name, proc in nlp._components]


def bare_run(nlp: Any, texts: list[str]) -> float:
    started = time.process_time()
    for _doc in nlp.pipe(texts, batch_size=64):
        pass
    return time.process_time() - started


def claimex_run(pipeline: Any, rows: list[dict], times: Times | None = None) -> float:
    from claimex.api import extract_encoded
    from claimex.io.readers import InputDocument
    from claimex.io.writers import RecordWriter

    documents = [InputDocument(str(r["id"]), r["text"], None, published=r.get("published"))
                 for r in rows]
    started = time.process_time()
    with tempfile.TemporaryDirectory() as out, RecordWriter(out) as writer:
        for result in extract_encoded(documents, pipeline, n_process=1):
            if times is None:
                writer.write_encoded(result)
            else:
                begun = time.process_time()
                writer.write_encoded(result)
                times["write"] += time.process_time() - begun
    return time.process_time() - started


def time_gc(times: Times) -> Callable[[], None]:
    """Add the CPU seconds of Python's garbage collections to ``times["gc"]`` (inside the
    other stages' times too); returns the function that stops it."""
    import gc

    started: list[float] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(time.process_time())
        elif started:
            times["gc (inside the rest)"] += time.process_time() - started.pop()

    gc.callbacks.append(callback)
    return lambda: gc.callbacks.remove(callback)


def instrument_claimex(times: Times) -> None:
    """Timers around the stages of the extraction loop outside the pipeline."""
    import claimex.extraction as extraction

    for name, stage in (("segment", "segment"), ("chunks", "page_chunks"),
                        ("publication date", "_set_publication_date"),
                        ("document_result", "document_result"),
                        ("encode_result", "encode_result")):
        setattr(extraction, stage, timed(getattr(extraction, stage), times, name))


def breakdown(label: str, total: float, times: Times, documents: int) -> None:
    print(f"\n{label}: {total:.2f} s CPU ({total / documents * 200:.2f} s per 200 documents)")
    for name, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<22} {seconds:7.2f} s  {seconds / total:6.1%}")
    print(f"  {'(rest)':<22} {total - sum(times.values()):7.2f} s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--config", default="default")
    parser.add_argument("--profile", type=int, nargs="?", const=40, default=0)
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumtime"])
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args(argv)

    import spacy
    from spacy.util import load_config

    from claimex.api import config_path, load_pipeline

    corpus = [orjson.loads(line) for line in args.corpus.read_bytes().splitlines()
              if line.strip()]
    rows = corpus[:args.documents]
    texts = [r["text"] for r in rows]
    model = load_config(config_path("default"))["claimex"]["model"]

    bare = spacy.load(model)
    pipeline = load_pipeline(args.config)
    warm_up, chars = [], 0
    for row in corpus[args.documents:]:
        if len(warm_up) >= 20 and chars >= getattr(pipeline, "warm_up_chars", 0):
            break
        warm_up.append(row)
        chars += len(row["text"])
    bare_run(bare, [r["text"] for r in warm_up])
    claimex_run(pipeline, warm_up)

    bare_total = bare_run(bare, texts)
    claimex_total = claimex_run(pipeline, rows)
    print(f"{len(rows)} documents of {args.corpus.name}; CPU seconds of this process")
    print(f"bare spaCy ({model}) {bare_total:.2f} s, claimex -c {args.config} "
          f"{claimex_total:.2f} s: ratio {bare_total / claimex_total:.3f}")

    bare_times: Times = defaultdict(float)
    instrument(bare, bare_times)
    stop = time_gc(bare_times)
    bare_total = bare_run(bare, texts)
    stop()
    gc_seconds = bare_times.pop("gc (inside the rest)", 0.0)
    breakdown("bare spaCy, by stage", bare_total, bare_times, len(rows))
    print(f"  garbage collection (inside the stages) {gc_seconds:.2f} s")
    claimex_times: Times = defaultdict(float)
    instrument(pipeline.nlp, claimex_times)
    instrument_claimex(claimex_times)
    stop = time_gc(claimex_times)
    claimex_total = claimex_run(pipeline, rows, claimex_times)
    stop()
    gc_seconds = claimex_times.pop("gc (inside the rest)", 0.0)
    breakdown(f"claimex -c {args.config}, by stage", claimex_total, claimex_times, len(rows))
    print(f"  garbage collection (inside the stages) {gc_seconds:.2f} s")

    if args.profile or args.dump:
        profiler = cProfile.Profile()
        profiler.enable()
        claimex_run(pipeline, rows)
        profiler.disable()
        if args.dump:
            profiler.dump_stats(args.dump)
        if args.profile:
            pstats.Stats(profiler, stream=sys.stdout).sort_stats(args.sort).print_stats(
                args.profile)


if __name__ == "__main__":
    main()
