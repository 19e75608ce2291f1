"""Throughput of claimex against bare spaCy, in one process, on the same corpus.

    python benchmarks/throughput.py [--corpus FILE.jsonl] [--repeat N] [--configs default rules]
                                    [--n-process 1] [--memory] [--runs N] [--startup N]
                                    [--skip-throughput]

Runs bare ``nlp.pipe`` with the model the default config names, then ``claimex extract``
(the library path the CLI uses, writing all four record files) with each config, on the
same texts, and prints words per second for each and the ratio to bare spaCy. Words are
the bare pipeline's tokens that are not punctuation or space, so every run is measured in
the same unit. Each run also prints the CPU seconds of this process and their ratio, which
other jobs on a shared machine change far less than the wall-clock figures (with
``--n-process`` above 1 the workers' time is not in them). ``--memory`` then runs the
command line, ``claimex extract -c default``, each time in a fresh process (peak RSS is a
per-process high-water mark): 1x and 10x the corpus in one process, and 1x with
``--n-process 2`` (the speed-up over one process, and the largest worker's peak RSS).
``--startup N`` times N runs of ``claimex extract`` on one small document, start-up
included. ``--runs N`` repeats each ``--memory`` run and prints medians;
``--skip-throughput`` runs only those. The corpus defaults to
``../shared/corpora/fakes-syria/fakes.jsonl``. Run it with the ``claimex`` under test
importable (installed, or ``PYTHONPATH=src``).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout; a git worktree under ../wt/NAME finds it two levels up.
DEFAULT_CORPUS = next((base / "shared" / "corpora" / "fakes-syria" / "fakes.jsonl"
                       for base in (ROOT.parent, ROOT.parent.parent)
                       if (base / "shared" / "corpora").is_dir()),
                      ROOT.parent / "shared" / "corpora" / "fakes-syria" / "fakes.jsonl")


def load_texts(corpus: Path, repeat: int) -> list[dict]:
    rows = [orjson.loads(line) for line in corpus.read_bytes().splitlines() if line.strip()]
    return [{**row, "id": f"{row.get('id')}#{i}"} for i in range(repeat) for row in rows]


def bare_spacy(model: str, texts: list[str]) -> tuple[float, int]:
    import spacy

    nlp = spacy.load(model)
    started, cpu = time.perf_counter(), time.process_time()
    words = sum(1 for doc in nlp.pipe(texts, batch_size=64)
                for token in doc if not (token.is_punct or token.is_space))
    return time.perf_counter() - started, time.process_time() - cpu, words


def claimex_run(config: str, rows: list[dict], n_process: int) -> tuple[float, float, int]:
    """What ``claimex extract`` does after start-up: the records of every document,
    serialised (in the workers with ``n_process > 1``) and written to the four files."""
    from claimex.api import extract_encoded, load_pipeline
    from claimex.io.readers import InputDocument
    from claimex.io.writers import RecordWriter

    pipeline = load_pipeline(config)
    documents = (InputDocument(str(r["id"]), r["text"], None, published=r.get("published"))
                 for r in rows)
    started, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as out, RecordWriter(out) as writer:
        for result in extract_encoded(documents, pipeline, n_process=n_process):
            writer.write_encoded(result)
        claims = writer.counts["claims"]
    return time.perf_counter() - started, time.process_time() - cpu, claims


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024




def throughput(args: argparse.Namespace) -> dict:
    from spacy.util import load_config

    from claimex.api import config_path

    rows = load_texts(args.corpus, args.repeat)
    texts = [r["text"] for r in rows]
    model = load_config(config_path("default"))["claimex"]["model"]
    seconds, cpu, words = bare_spacy(model, texts)
    report = {"documents": len(rows), "words": words,
              "runs": [{"name": f"bare spaCy ({model})", "seconds": seconds,
                        "words_per_s": words / seconds, "ratio": 1.0, "cpu": cpu,
                        "cpu_ratio": 1.0}]}
    for config in args.configs:
        run_seconds, run_cpu, claims = claimex_run(config, rows, args.n_process)
        report["runs"].append({"name": f"claimex -c {config}", "seconds": run_seconds,
                               "words_per_s": words / run_seconds,
                               "ratio": seconds / run_seconds, "claims": claims,
                               "cpu": run_cpu, "cpu_ratio": cpu / run_cpu})
    report["peak_rss_mb"] = peak_rss_mb()
    return report


# Runs the claimex console script's main() and reports, at exit, its own peak RSS and the
# largest of its reaped children's (the worker processes, their shared pages counted). Its
# own is VmHWM: Linux carries ru_maxrss over from the forking process across exec, so a
# child of this (large) benchmark process would report at least this one's peak.
_CLI = """
import atexit, json, resource, sys
def report():
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        with open("/proc/self/status") as status:
            own = next(int(line.split()[1]) / 1024 for line in status
                       if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        pass
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    sys.stderr.write("\\nBENCH " + json.dumps({"rss": own, "workers_rss": kids}) + "\\n")
atexit.register(report)
sys.argv = ["claimex", *sys.argv[1:]]
from claimex.cli import main
main()
"""


def cli_run(args: list[str]) -> dict:
    """``claimex ARGS`` in a fresh process: wall seconds (start-up included), the seconds of
    the extraction it reports, its peak RSS and its workers' largest."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _CLI, *args], capture_output=True, text=True)
    wall = time.perf_counter() - started
    if out.returncode not in (0, 1):
        sys.exit(f"claimex {' '.join(args)} failed:\n{out.stderr}")
    found = json.loads(out.stderr.rsplit("BENCH ", 1)[1])
    summary = re.search(r"\sin\s+([0-9.]+)\s+s\s*->", out.stderr)
    return {**found, "wall": wall, "seconds": float(summary.group(1)) if summary else wall}


def cli_runs(corpus: Path, repeats: int) -> None:
    """``claimex extract`` on the corpus: 1x and 10x in one process, 1x in two."""
    with tempfile.TemporaryDirectory() as tmp:
        rows = load_texts(corpus, 10)
        big = Path(tmp) / "corpus_x10.jsonl"
        big.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
        print(f"\nclaimex extract -c default (the command line, each run a fresh process; "
              f"median of {repeats}):")
        seconds = {}
        for label, path, n_process in (("x1", corpus, 1), ("x10", big, 1), ("x1", corpus, 2)):
            runs = [cli_run(["extract", str(path), "-o", str(Path(tmp) / "out"),
                             "--n-process", str(n_process)]) for _ in range(repeats)]
            found = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            seconds[label, n_process] = found["seconds"]
            workers = (f", largest worker {found['workers_rss']:,.0f} MB" if n_process > 1
                       else "")
            print(f"  corpus {label:<4} {n_process} process(es): extraction "
                  f"{found['seconds']:.1f} s (wall {found['wall']:.1f} s), "
                  f"peak RSS {found['rss']:,.0f} MB{workers}")
        print(f"  2 processes against 1: {seconds['x1', 1] / seconds['x1', 2]:.2f}x")


def startup(repeats: int) -> None:
    """``claimex extract`` on one small document: wall seconds, start-up included."""
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "one.txt"
        doc.write_text("DAMASCUS, 3 March 2020 - At least 12 people were killed in an "
                       "airstrike on Idlib, the Syrian Observatory said.\n", encoding="utf-8")
        runs = [cli_run(["extract", str(doc), "-o", str(Path(tmp) / "out"), "-q"])
                for _ in range(repeats)]
    walls = sorted(r["wall"] for r in runs)
    print(f"\nclaimex extract on one small document: median {statistics.median(walls):.2f} s "
          f"(min {walls[0]:.2f}, max {walls[-1]:.2f}, {repeats} runs), "
          f"peak RSS {statistics.median(r['rss'] for r in runs):,.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--configs", nargs="+", default=["default", "rules"])
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--memory", action="store_true",
                        help="also run the command line at 1x/10x and with 1/2 processes")
    parser.add_argument("--startup", type=int, default=0, metavar="N",
                        help="also time N runs of the command line on one small document")
    parser.add_argument("--runs", type=int, default=1, metavar="N",
                        help="runs per --memory measurement (medians are printed)")
    parser.add_argument("--skip-throughput", action="store_true",
                        help="only the --memory and --startup measurements")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus {args.corpus} not found (give one with --corpus)")
    if not args.skip_throughput:
        report = throughput(args)
        print(f"{report['documents']:,} documents, {report['words']:,} words "
              f"(corpus x{args.repeat}), {args.n_process} process(es)")
        print(f"{'run':<40} {'seconds':>8} {'words/s':>9} {'ratio':>6} {'CPU s':>7} "
              f"{'CPU ratio':>9}")
        for run in report["runs"]:
            print(f"{run['name']:<40} {run['seconds']:>8.1f} {run['words_per_s']:>9,.0f} "
                  f"{run['ratio']:>6.2f} {run['cpu']:>7.1f} {run['cpu_ratio']:>9.2f}")
        print("(CPU: seconds of this process, which other jobs on the machine change far "
              "less than wall-clock seconds; worker processes are not counted)")
        print(f"peak RSS of this process: {report['peak_rss_mb']:,.0f} MB")
    if args.memory:
        cli_runs(args.corpus, args.runs)
    if args.startup:
        startup(args.startup)


if __name__ == "__main__":
    main()
