"""Throughput of claimex against bare spaCy, in one process, on the same corpus.

    python benchmarks/throughput.py [--corpus FILE.jsonl] [--repeat N] [--configs default rules]
                                    [--n-process 1] [--memory]

Runs bare ``nlp.pipe`` with the model the default config names, then ``claimex extract``
(the library path the CLI uses, writing all four record files) with each config, on the
same texts, and prints words per second for each and the ratio to bare spaCy. Words are
the bare pipeline's tokens that are not punctuation or space, so every run is measured in
the same unit. ``--memory`` then starts one child process per measurement (peak RSS is a
per-process high-water mark) to compare 1x with 10x the corpus and 1 with 2 processes.
The corpus defaults to ``../shared/corpora/fakes-syria/fakes.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fakes-syria" / "fakes.jsonl"


def load_texts(corpus: Path, repeat: int) -> list[dict]:
    rows = [orjson.loads(line) for line in corpus.read_bytes().splitlines() if line.strip()]
    return [{**row, "id": f"{row.get('id')}#{i}"} for i in range(repeat) for row in rows]


def bare_spacy(model: str, texts: list[str]) -> tuple[float, int]:
    import spacy

    nlp = spacy.load(model)
    started = time.perf_counter()
    words = sum(1 for doc in nlp.pipe(texts, batch_size=64)
                for token in doc if not (token.is_punct or token.is_space))
    return time.perf_counter() - started, words


def claimex_run(config: str, rows: list[dict], n_process: int) -> tuple[float, int]:
    from claimex.api import extract, load_pipeline
    from claimex.io.readers import InputDocument
    from claimex.io.writers import RecordWriter

    pipeline = load_pipeline(config)
    documents = (InputDocument(str(r["id"]), r["text"], None, published=r.get("published"))
                 for r in rows)
    started = time.perf_counter()
    claims = 0
    with tempfile.TemporaryDirectory() as out, RecordWriter(out) as writer:
        for result in extract(documents, pipeline, n_process=n_process):
            writer.write("documents", [result.document])
            writer.write("entities", result.entities)
            writer.write("claims", result.claims)
            writer.write("errors", result.errors)
            claims += len(result.claims)
    return time.perf_counter() - started, claims


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def throughput(args: argparse.Namespace) -> dict:
    from spacy.util import load_config

    from claimex.api import config_path

    rows = load_texts(args.corpus, args.repeat)
    texts = [r["text"] for r in rows]
    model = load_config(config_path("default"))["claimex"]["model"]
    seconds, words = bare_spacy(model, texts)
    report = {"documents": len(rows), "words": words,
              "runs": [{"name": f"bare spaCy ({model})", "seconds": seconds,
                        "words_per_s": words / seconds, "ratio": 1.0}]}
    for config in args.configs:
        run_seconds, claims = claimex_run(config, rows, args.n_process)
        report["runs"].append({"name": f"claimex -c {config}", "seconds": run_seconds,
                               "words_per_s": words / run_seconds,
                               "ratio": seconds / run_seconds, "claims": claims})
    report["peak_rss_mb"] = peak_rss_mb()
    return report


def child_peak_rss(config: str, corpus: Path, repeat: int, n_process: int) -> dict:
    """Run one extraction in a fresh process of this script and return its figures."""
    command = [sys.executable, __file__, "--child", "--corpus", str(corpus), "--repeat",
               str(repeat), "--n-process", str(n_process), "--configs", config]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--configs", nargs="+", default=["default", "rules"])
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--memory", action="store_true",
                        help="also compare peak RSS at 1x/10x and 1/2 processes")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus {args.corpus} not found (give one with --corpus)")
    if args.child:
        rows = load_texts(args.corpus, args.repeat)
        seconds, _ = claimex_run(args.configs[0], rows, args.n_process)
        print(json.dumps({"seconds": seconds, "rss": peak_rss_mb(), "docs": len(rows)}))
        return
    report = throughput(args)
    print(f"{report['documents']:,} documents, {report['words']:,} words "
          f"(corpus x{args.repeat}), 1 process")
    print(f"{'run':<40} {'seconds':>8} {'words/s':>9} {'ratio':>6}")
    for run in report["runs"]:
        print(f"{run['name']:<40} {run['seconds']:>8.1f} {run['words_per_s']:>9,.0f} "
              f"{run['ratio']:>6.2f}")
    print(f"peak RSS of this process: {report['peak_rss_mb']:,.0f} MB")
    if args.memory:
        print("\nchild processes (claimex -c default):")
        for repeat, n_process in ((1, 1), (10, 1), (1, 2)):
            found = child_peak_rss("default", args.corpus, repeat, n_process)
            print(f"  corpus x{repeat:<3} {n_process} process(es): {found['docs']:>6,} docs "
                  f"in {found['seconds']:.1f} s, peak RSS {found['rss']:,.0f} MB (parent)")


if __name__ == "__main__":
    main()
