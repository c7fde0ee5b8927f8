"""The `redaksi-lint` command: parse options, call the library, print, exit.

Exit status: 0 when nothing at error/warning level was found, 1 when there are
findings, 2 on a usage or input error (2 wins when both happen).
"""

from __future__ import annotations

import sys
from typing import Any

import click

from . import __version__
from .config import Config
from .diagnostic import Severity
from .engine import FileResult, expand_paths, lint_file
from .reporters import FORMATS, get_reporter

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


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


@cli.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
              help="Language of the messages.")
@click.option("--encoding", default=None, help="Encoding of the input files (default UTF-8).")
@click.option("--stdin-filename", default=None, help="Name to report for `-` (and its format).")
def check(paths: tuple[str, ...], output_format: str, lang: str, encoding: str | None,
          stdin_filename: str | None) -> None:
    """Check drafts (files, directories of .txt/.md, or - for stdin)."""
    config = Config(lang=lang)
    results: list[FileResult] = []
    for path, error in expand_paths(paths):
        if error:
            results.append(FileResult(path, error=error))
            continue
        if path == "-":
            stdin_text = _read_stdin(encoding)
            name = stdin_filename or "-"
            if stdin_text is None:
                results.append(FileResult(name, error="cannot decode standard input"))
                continue
            results.append(lint_file(name, config, encoding, stdin_text=stdin_text))
        else:
            results.append(lint_file(path, config, encoding))
    sys.exit(_report(results, output_format, lang))


def _read_stdin(encoding: str | None) -> str | None:
    from .source import InputError, decode_bytes

    data = click.get_binary_stream("stdin").read()
    try:
        return decode_bytes(data, encoding).text
    except InputError:
        return None


def _report(results: list[FileResult], output_format: str, lang: str) -> int:
    out = get_reporter(output_format)(results, lang)
    if out:
        click.echo(out, nl=False)
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


def main(args: list[str] | None = None) -> None:
    """Console entry point: usage errors exit 2, Ctrl-C exits 130 quietly
    (files being written by --fix are replaced atomically, never half-written)."""
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
