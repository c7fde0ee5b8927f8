#!/usr/bin/env python3
"""What `--fix` and `--unsafe-fixes` do to real Markdown documentation.

    python3 benchmarks/fix_safety.py [--corpus ../shared/corpus/docs/docs]

Copies the .md files to a temporary folder, runs the installed `redaksi-lint
--fix` (then `--fix --unsafe-fixes` on fresh copies) as a user would, and
checks each file against its original:
- the number of lines is the same (only an unsafe fix may delete a line);
- what is not prose is untouched: front matter, code spans and blocks, HTML
  tags, code and comments (the text between HTML tags is prose), link and
  image targets, autolinks, MDX ids, table separator rows, the
  number of table cells; compared on markdown-it's token streams;
- every changed line is listed with its before/after, for a human to read.
Also prints the number of findings before and after. Not part of the tests.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from redaksi_lint.markdown import _HTML_TAG

_FRONT = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_MDX = re.compile(r"\{/\*.*?\*/\}|\{#[^\s{}]+\}")


def non_prose(text: str) -> list[Any]:
    """Everything of a Markdown text a fix must leave alone, in order."""
    out: list[Any] = []
    front = _FRONT.match(text)
    out.append(("front", front.group() if front else ""))
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    for tok in md.parse(text[front.end():] if front else text):
        if tok.type in ("fence", "code_block"):
            out.append((tok.type, tok.content))
        elif tok.type == "html_block":
            # the text between the tags is prose; the tags, code and comments are not
            out.append((tok.type, [m.group() for m in _HTML_TAG.finditer(tok.content)]))
        elif tok.type in ("table_open", "tr_open", "th_open", "td_open", "hr"):
            out.append((tok.type, tok.markup, tok.attrs))
        elif tok.type == "inline":
            for child in tok.children or ():
                if child.type in ("code_inline", "html_inline"):
                    out.append((child.type, child.content))
                elif child.type in ("link_open", "image"):
                    out.append((child.type, child.attrGet("href") or child.attrGet("src")))
            out.extend(("mdx", m.group()) for m in _MDX.finditer(tok.content))
    return out


def count(path: Path) -> int:
    proc = subprocess.run(["redaksi-lint", "--format", "json", str(path)],
                          capture_output=True, text=True, check=False)
    return len(json.loads(proc.stdout)["diagnostics"])


def run(files: list[Path], unsafe: bool) -> int:
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for f in files:
            shutil.copy(f, tmp)
            copies.append(Path(tmp) / f.name)
        before_findings = sum(count(c) for c in copies)
        args = ["redaksi-lint", "--fix", *(["--unsafe-fixes"] if unsafe else []),
                *map(str, copies)]
        proc = subprocess.run(args, capture_output=True, text=True, check=False)
        after_findings = sum(count(c) for c in copies)
        label = "--fix --unsafe-fixes" if unsafe else "--fix"
        print(f"\n== {label}: {proc.stderr.strip().splitlines()[-1]}"
              f"  (findings {before_findings} -> {after_findings})")
        for original, copy in zip(files, copies, strict=True):
            before = original.read_text(encoding="utf-8")
            after = copy.read_text(encoding="utf-8")
            if before == after:
                continue
            lines_ok = before.count("\n") == after.count("\n")
            tokens_ok = non_prose(before) == non_prose(after)
            if not lines_ok and not unsafe:
                problems += 1
            if not tokens_ok:
                problems += 1
            print(f"{original.name}: lines {'kept' if lines_ok else 'CHANGED'}, "
                  f"non-prose {'kept' if tokens_ok else 'CHANGED'}")
            for line in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                             lineterm="", n=0):
                if line.startswith(("-", "+")) and not line.startswith(("---", "+++")):
                    print("   ", line[:160])
    return problems


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=root.parent / "shared/corpus/docs/docs")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.md"))
    if not files:
        sys.exit(f"no .md files in {args.corpus}")
    problems = run(files, unsafe=False) + run(files, unsafe=True)
    print(f"\n{problems} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
