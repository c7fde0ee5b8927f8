"""The `redaksi-lint` command: parse options, call the library, print, exit.

Exit status: 0 when nothing at error/warning level was found, 1 when there are
findings, 2 on a usage or input error (2 wins when both happen).
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import Any

import click

from . import __version__
from .config import Config
from .diagnostic import Severity
from .engine import FileResult, expand_paths, lint_file
from .reporters import FORMATS, get_reporter

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PROGRESS_MIN_FILES = 20


class DefaultGroup(click.Group):
    """A group whose unknown first argument is a path for the `check` command,
    so `redaksi-lint draft.txt` and `redaksi-lint rules` both work."""

    default_command = "check"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h",
                                                                          "--version")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="redaksi-lint")
def cli() -> None:
    """Editorial checker for Indonesian prose: spelling (KBBI), EYD V punctuation,
    names, numbers. `redaksi-lint PATH...` checks drafts; `-` reads stdin."""


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


@cli.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format.")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None,
              help="Language of the messages (default: config, else id).")
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="Config file (default: the nearest .redaksi-lint.yaml or pyproject.toml).")
@click.option("--select", multiple=True, help="Only these rules (codes, prefixes or slugs).")
@click.option("--ignore", multiple=True, help="Skip these rules.")
@click.option("--min-severity", type=click.Choice(["info", "warning", "error"]), default=None,
              help="Report nothing below this level.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; the exit status tells.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule.")
@click.option("--fix", is_flag=True, help="Apply the certain fixes to the files.")
@click.option("--diff", is_flag=True, help="Print the certain fixes as a diff; write nothing.")
@click.option("--no-color", is_flag=True, help="No colour (default: colour on a terminal).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes: files, or chunks of a large file, in parallel.")
@click.option("--encoding", default=None, help="Encoding of the input files (default UTF-8).")
@click.option("--stdin-filename", default=None, help="Name to report for `-` (and its format).")
def check(paths: tuple[str, ...], output_format: str, lang: str | None,
          config_path: str | None, select: tuple[str, ...], ignore: tuple[str, ...],
          min_severity: str | None, quiet: bool, statistics: bool, fix: bool, diff: bool,
          no_color: bool, jobs: int, encoding: str | None, stdin_filename: str | None
          ) -> None:
    """Check drafts (files, directories of .txt/.md, or - for stdin)."""
    from fnmatch import fnmatch

    from .config_files import ConfigError, config_for

    def effective(target: str) -> Config:
        cfg = config_for(target, config_path)
        changes: dict[str, Any] = {}
        if select:
            changes["select"] = _split(select)
        if ignore:
            changes["ignore"] = [*cfg.ignore, *_split(ignore)]
        if min_severity:
            changes["min_severity"] = Severity(min_severity)
        if lang:
            changes["lang"] = lang
        return replace(cfg, **changes) if changes else cfg

    results: list[FileResult] = []
    out_lang = lang or "id"
    diffs: list[str] = []
    pending: list[tuple[int, str, Config]] = []  # files to check in parallel
    inputs = list(expand_paths(paths))
    # A progress bar on a terminal when many files are checked; never in a pipe.
    progress = click.progressbar(
        inputs, label="redaksi-lint", file=sys.stderr,
        hidden=not (len(inputs) >= PROGRESS_MIN_FILES and not quiet and sys.stderr.isatty()))
    with progress:
        for path, error in progress:
            if error:
                results.append(FileResult(path, error=error))
                continue
            try:
                config = effective(stdin_filename or path if path == "-" else path)
            except ConfigError as exc:
                click.echo(f"redaksi-lint: {exc}", err=True)
                sys.exit(EXIT_ERROR)
            out_lang = lang or config.lang
            if path != "-" and (
                any(fnmatch(path, g) for g in config.exclude)
                or (config.include and not any(fnmatch(path, g) for g in config.include))
            ):
                continue
            if path == "-":
                stdin_text = _read_stdin(encoding)
                name = stdin_filename or "-"
                if stdin_text is None:
                    results.append(FileResult(name, error="cannot decode standard input"))
                    continue
                results.append(lint_file(name, config, encoding, stdin_text=stdin_text))
            elif fix or diff:
                results.append(_fix_one(path, config, encoding, write=fix, diffs=diffs))
            elif jobs > 1:
                pending.append((len(results), path, config))
                results.append(FileResult(path))
            else:
                results.append(lint_file(path, config, encoding))
    if pending:
        for idx, res in zip((p[0] for p in pending),
                            _parallel(pending, encoding, jobs), strict=True):
            results[idx] = res
    if diff:
        click.echo("".join(diffs), nl=False)
        sys.exit(_report(results, "text", out_lang, quiet=True, statistics=False))
    color = (not no_color and "NO_COLOR" not in os.environ and output_format == "text"
             and sys.stdout.isatty())
    sys.exit(_report(results, output_format, out_lang, quiet=quiet, statistics=statistics,
                     color=color))


def _parallel(pending: list[tuple[int, str, Config]], encoding: str | None,
              jobs: int) -> list[FileResult]:
    """Lint files in worker processes (each loads its own lexicon), in order.
    A large file is split into chunks that the workers share instead."""
    from concurrent.futures import Future

    from .engine import is_large
    from .stream import worker_pool

    small = [(i, path, cfg) for i, path, cfg in pending if not is_large(path)]
    results: dict[int, FileResult] = {
        i: lint_file(path, cfg, encoding, jobs=jobs) for i, path, cfg in pending
        if is_large(path)}
    if len(small) < 2:
        results.update((i, lint_file(path, cfg, encoding)) for i, path, cfg in small)
    else:
        with worker_pool(min(jobs, len(small))) as pool:
            futures: dict[int, Future[FileResult]] = {
                i: pool.submit(lint_file, path, cfg, encoding) for i, path, cfg in small}
            results.update((i, f.result()) for i, f in futures.items())
    return [results[i] for i, _, _ in pending]


def _fix_one(path: str, config: Config, encoding: str | None, write: bool,
             diffs: list[str]) -> FileResult:
    from pathlib import Path

    from .fixer import fix_file, unified_diff
    from .source import InputError

    try:
        result = fix_file(Path(path), config, encoding, write=write)
    except InputError as exc:
        return FileResult(path, error=str(exc))
    if not write:
        diffs.append(unified_diff(result))
    return FileResult(path, result.remaining)


def _read_stdin(encoding: str | None) -> str | None:
    from .source import InputError, decode_bytes

    data = sys.stdin.buffer.read()
    try:
        return decode_bytes(data, encoding).text
    except InputError:
        return None


def _report(results: list[FileResult], output_format: str, lang: str, quiet: bool = False,
            statistics: bool = False, color: bool = False) -> int:
    if not quiet:
        if color:
            from .reporters import text

            out = text.render(results, lang, color=True)
        else:
            out = get_reporter(output_format)(results, lang)
        if out:
            click.echo(out, nl=False)
        if statistics:
            from collections import Counter

            counts = Counter((d.code, d.rule) for r in results for d in r.diagnostics)
            for (code, slug), n in sorted(counts.items()):
                click.echo(f"{n:6d}  {code}  {slug}")
    status = EXIT_CLEAN
    if any(d.severity in (Severity.ERROR, Severity.WARNING)
           for r in results for d in r.diagnostics):
        status = EXIT_FINDINGS
    for r in results:
        if r.error:
            click.echo(f"redaksi-lint: {r.path}: {r.error}", err=True)
            status = EXIT_ERROR
    return status


@cli.command("rules")
@click.argument("code", required=False)
@click.option("--lang", type=click.Choice(["id", "en"]), default="id")
def rules_command(code: str | None, lang: str) -> None:
    """List every rule, or explain one (`redaksi-lint rules S103`)."""
    from .rules import all_rules, get_rule

    if code:
        cls = get_rule(code)
        if cls is None:
            click.echo(f"redaksi-lint: unknown rule {code!r}", err=True)
            sys.exit(EXIT_ERROR)
        summary = cls.summary_en if lang == "en" else cls.summary
        click.echo(f"{cls.code} {cls.slug} ({cls.severity.value}"
                   f"{', fixable' if cls.fixable else ''})\n\n{summary}\n\n{cls.documentation()}")
        return
    rows: list[Any] = [("CODE", "SLUG", "SEVERITY", "FIX", "SUMMARY")]
    for cls in all_rules():
        rows.append((cls.code, cls.slug, cls.severity.value, "yes" if cls.fixable else "",
                     cls.summary_en if lang == "en" else cls.summary))
    widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
    for r in rows:
        click.echo("  ".join(str(c).ljust(w) for c, w in zip(r[:4], widths, strict=True))
                   + "  " + r[4])


@cli.command("config")
@click.argument("path", required=False, default=".")
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="Config file to show instead of the one found for PATH.")
def config_command(path: str, config_path: str | None) -> None:
    """Print the effective configuration for PATH (a file or folder)."""
    from pathlib import Path

    import yaml

    from .config_files import ConfigError, config_for

    target = path
    if Path(path).is_dir():
        target = str(Path(path) / "draft.txt")  # a file in that folder
    try:
        cfg = config_for(target, config_path)
    except ConfigError as exc:
        click.echo(f"redaksi-lint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    data = {
        "source": cfg.source or "(defaults: no config file found)",
        "select": cfg.select if cfg.select is not None else ["ALL"],
        "ignore": cfg.ignore,
        "severity": {k: v.value for k, v in cfg.severity.items()},
        "options": cfg.options,
        "accept": sorted(cfg.accept),
        "reject": sorted(cfg.reject),
        "names": cfg.names,
        "include": cfg.include,
        "exclude": cfg.exclude,
        "lang": cfg.lang,
    }
    click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), nl=False)


@cli.group("vocab")
def vocab_group() -> None:
    """The project's accept list (words that are never reported)."""


@vocab_group.command("add")
@click.argument("words", nargs=-1, required=True)
def vocab_add(words: tuple[str, ...]) -> None:
    """Append WORDS to the accept list of the nearest config (created if needed)."""
    from pathlib import Path

    from .config_files import ConfigError
    from .vocab import add_words

    try:
        path, new = add_words(Path.cwd(), list(words))
    except ConfigError as exc:
        click.echo(f"redaksi-lint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"{len(new)} word(s) added to {path}")


@cli.command("baseline")
@click.argument("paths", nargs=-1, required=True)
def baseline(paths: tuple[str, ...]) -> None:
    """Accept every unknown word and name variant reported in PATHS today."""
    from pathlib import Path

    from .config_files import ConfigError
    from .engine import lint_paths
    from .vocab import add_words

    config = Config(select=["S101", "N301"])
    words: list[str] = []
    for res in lint_paths(paths, config):
        if res.error:
            click.echo(f"redaksi-lint: {res.path}: {res.error}", err=True)
            continue
        assert res.document is not None or not res.diagnostics
        for d in res.diagnostics:
            if res.document is not None:
                words.append(res.document.text[d.start : d.end])
    try:
        path, new = add_words(Path.cwd(), sorted(set(words)))
    except ConfigError as exc:
        click.echo(f"redaksi-lint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"{len(new)} word(s) added to {path}")


def main(args: list[str] | None = None) -> None:
    """Console entry point: usage errors exit 2, Ctrl-C exits 130 quietly
    (files being written by --fix are replaced atomically, never half-written)."""
    from .stream import tune_garbage_collector

    tune_garbage_collector()
    try:
        cli.main(args=args, prog_name="redaksi-lint", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("redaksi-lint: interrupted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("redaksi-lint: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR)
    except BrokenPipeError:
        sys.stderr.close()  # a closed pipe (| head) is not an error of the draft
        sys.exit(EXIT_CLEAN)
    sys.exit(EXIT_CLEAN)


if __name__ == "__main__":  # pragma: no cover
    main()
