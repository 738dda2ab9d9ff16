"""The ``detentio`` command line.

Argument definitions live here (they are a contract, see README); each
command's work lives in its module and is imported only when that command
runs, so ``detentio --help`` and ``detentio check`` start without pandas.
Results go to stdout (JSON: one array); progress, warnings and errors go to
stderr, and any error exits non-zero.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from importlib import import_module

from detentio.core.problems import DetentioError, Problem
from detentio.core.terminal import escaped, json_safe, pictured


def _check(args) -> int:
    from detentio.check import run, warnings

    problems = run(args.paths or None)
    for problem in problems:
        print(escaped(problem), file=sys.stderr)
    for problem in warnings(args.paths or None):
        print(f"warning: {escaped(problem)}", file=sys.stderr)
    if problems:
        print(f"detentio check: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("detentio check: ok", file=sys.stderr)
    return 0


def _manifest(args) -> int:
    from detentio.corpus.manifest import write
    from detentio.core.paths import relative

    path = write()
    print(f"wrote {escaped(relative(path))}", file=sys.stderr)
    return 0


def _plain(value):
    """JSON-safe scalar: numpy/pandas values to Python, NaN/NaT/NA to null."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        import pandas as pd

        if value is pd.NaT or value is pd.NA:
            return None
        if isinstance(value, pd.Timestamp):
            return value.date().isoformat()
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    return value


def emit(table, fmt: str, out=None) -> None:
    """Write a DataFrame to stdout as CSV or as one JSON array of records.

    Control characters from the sources never reach the terminal raw: JSON
    escapes them (losslessly), CSV shows each as one visible character
    (:mod:`detentio.core.terminal`)."""
    out = out or sys.stdout
    if fmt == "json":
        records = [{k: _plain(v) for k, v in row.items()} for row in table.to_dict(orient="records")]
        out.write(json_safe(json.dumps(records, ensure_ascii=False, indent=1)))
        out.write("\n")
    else:
        from pandas.api.types import is_object_dtype, is_string_dtype

        table = table.copy()
        for column in table.columns:
            if is_object_dtype(table[column]) or is_string_dtype(table[column]):
                table[column] = table[column].map(lambda v: pictured(v) if isinstance(v, str) else v)
        table.to_csv(out, index=False, lineterminator="\n")


def _dispatch(target: str):
    def run(args) -> int:
        module, _, function = target.partition(":")
        return getattr(import_module(module), function)(args)
    return run


def _extract(args) -> int:
    """``detentio mentions|claims [PATH...] --format csv|json [--dask ...]``: one table on stdout.

    With --dask, --scheduler or --partitions the same table is computed on Dask.
    """
    module = import_module(f"detentio.framing.{args.command}")
    paths = args.paths or None
    if args.dask or args.scheduler or args.partitions is not None:
        from detentio.framing import scale

        if args.partitions is not None and args.partitions < 1:
            raise DetentioError(Problem("--partitions", f"must be at least 1, got {args.partitions}"))
        table = scale.extract(paths, (args.command,), scheduler=args.scheduler,
                              partitions=args.partitions)[args.command]
    else:
        table = module.find(paths=paths)
    emit(table[module.COLUMNS + module.EXTRA_COLUMNS + module.REVIEW_COLUMNS], args.format)
    return 0


def _add(args) -> int:
    """``detentio add FILE... [--kind K] [--outlet O] [--id ID] [--language L] [--title T] [--published D]``."""
    from detentio.corpus.ingest.add import add

    added, problems = add(args.files, kind=args.kind, outlet=args.outlet, id=args.id, language=args.language,
                          title=args.title, published=args.published)
    for item in added:
        print(escaped(item.message), file=sys.stderr)  # may quote a title from the file
    for problem in problems:
        print(f"error: {escaped(problem)}", file=sys.stderr)
    return 1 if problems else 0


def _kwic(args) -> int:
    """``detentio kwic TERM [PATH...] [--width N] [--format csv|json]``."""
    from detentio.framing.kwic import kwic

    emit(kwic(args.term, width=args.width, paths=args.paths or None), args.format)
    return 0


def _review(args) -> int:
    """``detentio review [PATH...] [--format csv|json|html] [--limit N]``: the review queue, most doubtful first."""
    from detentio import corpus
    from detentio.analyses import review
    from detentio.framing import claims, mentions

    c = corpus.load(args.paths or None)
    table = review.queue(mentions.find(c), claims.find(c), c)
    if args.limit:
        table = table.head(args.limit)
    if args.format == "html":
        from detentio.publish.review import page

        sys.stdout.write(page(table))
        return 0
    emit(table, args.format)
    return 0


def _rules(args) -> int:
    """``detentio rules [--format json|csv|text]``: every speaker rule, speaker phrase form and claim shape,
    for review."""
    from detentio.framing.claims.shapes import SHAPES
    from detentio.framing.speakers.phrases import FORMS as PHRASES
    from detentio.framing.speakers.registry import TABLE

    rows = [unit.row() for unit in TABLE + PHRASES + SHAPES]
    if args.format == "text":
        for row in rows:
            print(f"{row['code']}  {row['name']}  ({row['kind']}, {row['stage']})\n    {row['description']}")
            print("    Example: " + row["example"].replace("\n\n", " / "))
        return 0
    import pandas as pd

    emit(pd.DataFrame(rows, columns=["code", "name", "kind", "stage", "description", "example"]), args.format)
    return 0


def _eval(args) -> int:
    """``detentio eval [--by-rule] [--errors] [--gold DIR]``: scores against the gold sets."""
    from detentio.framing import evaluate

    if args.against:
        from detentio.analyses import annotators

        if not args.gold:
            raise DetentioError(Problem("--against", "needs --gold, the first annotation's folder"))
        text = "## Agreement of two annotations\n\n" + evaluate.markdown(annotators.compare(args.gold, args.against))
        if args.errors:
            text += "\n\n## Rows where they differ\n\n" + evaluate.markdown(
                annotators.differences(args.gold, args.against))
        print(pictured(text + "\n"), end="")
        return 0
    if not args.by_rule:
        mentions, claims = evaluate.score_folder(args.gold, args.sources)
        # --errors quotes the sources: their control characters are shown, not sent to the terminal
        print(pictured(evaluate.render(mentions, claims, with_errors=args.errors)), end="")
        failing = evaluate.below_target(mentions, claims)
        for line in failing:
            print(line, file=sys.stderr)
        return 1 if failing else 0
    from detentio.framing import byrule

    print(pictured(evaluate.markdown(byrule.score(args.gold))), end="")
    return 0


class _Intermixed(argparse.ArgumentParser):
    """A command's parser that takes options anywhere among its arguments
    (``detentio kwic "prisoners of war" --width 30 PATH``), as common command lines do.

    argparse reads them only with ``parse_intermixed_args``, which it refuses on a
    parser with subcommands; so the top parser stays plain and each command's
    parser (created by ``add_subparsers``) reads its arguments intermixed.
    """

    _inside = False

    def parse_known_args(self, args=None, namespace=None):
        if self._inside:  # parse_known_intermixed_args calls back into this method
            return super().parse_known_args(args, namespace)
        self._inside = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inside = False


def _paths_arg(cmd):
    cmd.add_argument("paths", nargs="*", metavar="PATH", default=[],  # a default: not "required"
                     help="source files or folders (.md with front matter, or plain .txt); "
                          "default: data/sources")


def _format_arg(cmd):
    cmd.add_argument("--format", choices=("csv", "json"), default="csv",
                     help="output format on stdout (default: csv)")


def _dask_arg(cmd):
    cmd.add_argument("--dask", action="store_true",
                     help="partition the sources over a Dask cluster (local processes by default); "
                          "same rows as without it")
    cmd.add_argument("--scheduler", metavar="ADDRESS",
                     help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --dask)")
    cmd.add_argument("--partitions", type=int, metavar="N",
                     help="number of Dask tasks (implies --dask; default: 4 per worker)")


def _workspace_commands(sub) -> None:
    """check, manifest, add, build: the workspace's inputs and its reports."""
    c = sub.add_parser("check", help="validate corpus, manifest, codebook, actors, law data, runs")
    _paths_arg(c)
    c.set_defaults(func=_check)

    c = sub.add_parser("manifest", help="record the sha256 of every source in data/MANIFEST")
    c.set_defaults(func=_manifest)

    c = sub.add_parser("add", help="turn HTML pages, PDFs and Word files into sources (original kept in data/raw/)")
    c.add_argument("files", nargs="+", metavar="FILE", help=".html, .pdf or .docx files")
    c.add_argument("--kind", help="news|statement|panel|instrument|judgment|opinion (default: news for a page; "
                                  "judgment for a PDF or Word file whose title names an order, judgment, decision "
                                  "or court; else statement)")
    c.add_argument("--outlet", help="the outlet or issuing body (default: what the file says)")
    c.add_argument("--id", help="the source id (default: <date>-<outlet>-<title words>, see README)")
    c.add_argument("--language", help="language code, e.g. en (default: what the file says, else und)")
    c.add_argument("--title", help="the title (default: what the file says)")
    c.add_argument("--published", metavar="DATE",
                   help="publication date YYYY-MM-DD, YYYY-MM or YYYY (default: what the file says)")
    c.set_defaults(func=_add)

    c = sub.add_parser("build", help="run the notebooks of runs.yml and publish reports/ (HTML, PDF, index)")
    c.add_argument("--only", action="append", metavar="RUN",
                   help="build only this run (repeat for several); the index still lists every run")
    c.add_argument("--jobs", type=int, default=2, metavar="N", help="worker processes (default: 2)")
    c.add_argument("--force", action="store_true", help="rebuild even when a run's inputs are unchanged")
    c.set_defaults(func=_dispatch("detentio.publish.build:main"))


def _extraction_commands(sub) -> None:
    """mentions, claims, kwic: tables of what the sources say."""
    c = sub.add_parser("mentions", help="every codebook phrase: code, span, sentence, speaker, quoted, negated")
    _paths_arg(c)
    _format_arg(c)
    _dask_arg(c)
    c.set_defaults(func=_extract)

    c = sub.add_parser("claims", help="every count of people: value, qualifier, what is counted, speaker")
    _paths_arg(c)
    _format_arg(c)
    _dask_arg(c)
    c.set_defaults(func=_extract)

    c = sub.add_parser("kwic", help="keyword in context for a code id or a phrase, with offsets")
    c.add_argument("term", metavar="TERM", help="a code id of data/codebook.yml (e.g. hostage) or a phrase")
    _paths_arg(c)
    c.add_argument("--width", type=int, default=60, metavar="N", help="characters of context (default: 60)")
    _format_arg(c)
    c.set_defaults(func=_kwic)


def _review_commands(sub) -> None:
    """review, rules, eval: what a person checks, and how good the engine is."""
    c = sub.add_parser("review", help="the mentions and claims most worth a human look, most doubtful first, "
                                      "with context, rule and reason (decided items drop out)")
    _paths_arg(c)
    c.add_argument("--format", choices=("csv", "json", "html"), default="csv",
                   help="output format on stdout (default: csv)")
    c.add_argument("--limit", type=int, default=0, metavar="N", help="at most N items (default: all)")
    c.set_defaults(func=_review)

    c = sub.add_parser("rules", help="every speaker rule, speaker phrase form and claim shape: code, name, stage, "
                                     "description, example")
    c.add_argument("--format", choices=("text", "csv", "json"), default="text",
                   help="output format on stdout (default: text)")
    c.set_defaults(func=_rules)

    c = sub.add_parser("eval", help="score the engine against tests/gold (precision, recall, speaker accuracy)")
    c.add_argument("--by-rule", action="store_true",
                   help="score each speaker rule, speaker phrase form, claim shape and negation form alone, "
                        "on the seed gold and each held-out set")
    c.add_argument("--errors", action="store_true", help="list missed, spurious and disagreeing items")
    c.add_argument("--gold", metavar="DIR", help="folder with mentions.csv and claims.csv (default tests/gold)")
    c.add_argument("--sources", metavar="DIR",
                   help="the annotated sources (default: the gold folder's sources/, else data/sources)")
    c.add_argument("--against", metavar="DIR",
                   help="a second annotation of the --gold folder's sources: print how far the two agree "
                        "(with --errors, every row where they differ) instead of scoring the engine")
    c.set_defaults(func=_eval)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="detentio",
        description="How detainees are named in the sources: check, extract, build reports.",
    )
    from detentio import __version__

    p.add_argument("--version", action="version", version=f"detentio {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Intermixed)
    _workspace_commands(sub)
    _extraction_commands(sub)
    _review_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except DetentioError as exc:
        for problem in exc.problems:
            print(f"error: {escaped(problem)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `detentio mentions | head`
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
