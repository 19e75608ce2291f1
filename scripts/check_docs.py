"""Check the documentation: internal links resolve, marked examples run.

    python scripts/check_docs.py               # links, then the marked examples
    python scripts/check_docs.py --links-only  # links only (what tests/test_docs.py runs)

Pages: README.md, CONTRIBUTING.md and docs/*.md. A link is checked when it is relative (no
scheme): its file must exist, and its ``#anchor`` must be a heading of that file (GitHub's
anchors: lower case, punctuation dropped, spaces as hyphens). An example runs when the line
right before its fence is ``<!-- docs-check: run -->``: ```` ```bash ```` blocks with
``bash -euo pipefail`` and ```` ```python ```` blocks with this interpreter, from the
repository root. Mark only quick examples that write nothing outside ``out/``.

Output shown in the docs is checked too: after the examples ran, every line of a block
whose fence follows ``<!-- docs-check: lines of PATH -->`` must be a line of the file PATH
(relative to the repository root), so a worked example cannot drift from what claimex
writes.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = "<!-- docs-check: run -->"
LINES_OF = re.compile(r"^<!-- docs-check: lines of (\S+) -->$")
FENCE = re.compile(r"^```")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
INLINE_CODE = re.compile(r"`[^`]*`")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def pages() -> list[Path]:
    return [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]


def prose_lines(text: str) -> list[tuple[int, str]]:
    """The lines outside fenced code blocks, with their numbers."""
    out, in_code = [], False
    for number, line in enumerate(text.splitlines(), 1):
        if FENCE.match(line.strip()):
            in_code = not in_code
            continue
        if not in_code:
            out.append((number, line))
    return out


def slug(heading: str) -> str:
    """GitHub's anchor of a heading."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    found: set[str] = set()
    seen: dict[str, int] = {}
    for _, line in prose_lines(path.read_text(encoding="utf-8")):
        match = HEADING.match(line)
        if match:
            base = slug(match.group(2))
            count = seen.get(base, 0)
            seen[base] = count + 1
            found.add(base if count == 0 else f"{base}-{count}")
    return found


def broken_links(paths: list[Path] | None = None) -> list[str]:
    """``file:line: target (why)`` for each internal link that does not resolve."""
    problems = []
    for page in paths or pages():
        for number, line in prose_lines(page.read_text(encoding="utf-8")):
            for target in LINK.findall(INLINE_CODE.sub("", line)):
                if re.match(r"^[a-z][a-z0-9+.-]*:", target):
                    continue  # http:, https:, mailto:
                file_part, _, anchor = target.partition("#")
                linked = (page.parent / file_part).resolve() if file_part else page
                where = f"{page.relative_to(ROOT)}:{number}: {target}"
                if not linked.exists():
                    problems.append(f"{where} (no such file)")
                elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
                    problems.append(f"{where} (no heading #{anchor})")
    return problems


def examples(paths: list[Path] | None = None) -> list[tuple[str, str, str]]:
    """``(where, language, code)`` of every block marked to run."""
    found = []
    for page in paths or pages():
        lines = page.read_text(encoding="utf-8").splitlines()
        for index, line in enumerate(lines):
            if line.strip() != MARK or index + 1 >= len(lines):
                continue
            fence = lines[index + 1].strip()
            language = fence[3:].strip()
            end = next(i for i in range(index + 2, len(lines)) if lines[i].strip() == "```")
            found.append((f"{page.relative_to(ROOT)}:{index + 2}", language,
                          "\n".join(lines[index + 2:end]) + "\n"))
    return found


def _block_after(lines: list[str], index: int) -> list[str]:
    end = next(i for i in range(index + 2, len(lines)) if lines[i].strip() == "```")
    return lines[index + 2:end]


def stale_outputs(paths: list[Path] | None = None) -> list[str]:
    """``file:line: ...`` for each shown output line that is not in the file it names."""
    problems = []
    for page in paths or pages():
        lines = page.read_text(encoding="utf-8").splitlines()
        for index, line in enumerate(lines):
            match = LINES_OF.match(line.strip())
            if not match:
                continue
            where = f"{page.relative_to(ROOT)}:{index + 2}"
            source = ROOT / match.group(1)
            if not source.is_file():
                problems.append(f"{where}: {match.group(1)} was not written")
                continue
            written = set(source.read_text(encoding="utf-8").splitlines())
            for shown in _block_after(lines, index):
                if shown not in written:
                    problems.append(f"{where}: not a line of {match.group(1)}: {shown[:80]}...")
    return problems


def run_example(where: str, language: str, code: str, timeout: int = 600) -> str | None:
    """None when the example ran; else what went wrong."""
    if language == "bash":
        command = ["bash", "-euo", "pipefail", "-c", code]
    elif language == "python":
        command = [sys.executable, "-c", code]
    else:
        return f"{where}: cannot run a {language or 'plain'} block"
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if run.returncode != 0:
        return f"{where}: exit {run.returncode}\n{run.stdout[-2000:]}{run.stderr[-2000:]}"
    return None


def main(argv: list[str]) -> int:
    problems = broken_links()
    for problem in problems:
        print(f"broken link: {problem}", file=sys.stderr)
    if "--links-only" not in argv:
        for where, language, code in examples():
            print(f"running {where} ({language})", file=sys.stderr)
            failure = run_example(where, language, code)
            if failure:
                problems.append(failure)
                print(f"example failed: {failure}", file=sys.stderr)
        for problem in stale_outputs():
            problems.append(problem)
            print(f"stale output: {problem}", file=sys.stderr)
    print(f"docs check: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
