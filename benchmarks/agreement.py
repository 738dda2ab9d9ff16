"""Do detentio and the baselines find the same mentions?

Compares ``mentions.match_text`` (spans and codes, the code-level part of
extraction: no speakers) with the spaCy baseline on the same documents, and
reports every difference with its text. The naive baseline and the bare
spaCy matcher (no hyphen/case rules) are compared too, for information.

    python benchmarks/agreement.py FOLDER_OR_FILE... [--limit N]   # prints JSON
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

EXAMPLES = 20  # differences listed in full; the rest are counted


def _differences(source, body, ours, theirs, who: str) -> list[dict]:
    ours, theirs = set(ours), set(theirs)
    rows = []
    for side, spans in (("detentio", ours - theirs), (who, theirs - ours)):
        for start, end, code in sorted(spans):
            rows.append({"source": source, "start": start, "end": end, "code": code,
                         "text": body[start:end], "only_in": side})
    return rows


def compare(paths, limit: int | None = None) -> dict:
    """Counts of spans per matcher and the differences from detentio, over ``paths``."""
    from baselines import NaiveMatcher, SpacyMatcher
    from detentio import codebook, mentions
    from detentio.corpus.sources import iter_sources

    matcher = codebook.matcher()
    phrases = codebook.phrases(ignored=True)
    others = {"spacy": SpacyMatcher(phrases), "naive": NaiveMatcher(phrases),
              "spacy_bare": SpacyMatcher(phrases, variants=False)}
    counts = {"docs": 0, "detentio": 0, **{name: 0 for name in others}}
    differences = {name: [] for name in others}
    for source in itertools.islice(iter_sources(paths), limit):
        body = source.body
        ours = [tuple(span) for span in mentions.match_text(body, matcher)]
        counts["docs"] += 1
        counts["detentio"] += len(ours)
        for name, other in others.items():
            theirs = other.spans(other.nlp(body)) if isinstance(other, SpacyMatcher) else other.spans(body)
            counts[name] += len(theirs)
            differences[name].extend(_differences(source.id, body, ours, theirs, name))
    return {
        **counts,
        **{f"{name}_differences": len(rows) for name, rows in differences.items()},
        "spacy_examples": differences["spacy"][:EXAMPLES],
        "naive_examples": differences["naive"][:EXAMPLES],
        "spacy_bare_examples": differences["spacy_bare"][:EXAMPLES],
    }


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--limit", type=int, help="compare only the first N documents")
    args = p.parse_args(argv)
    print(json.dumps(compare(args.paths, args.limit), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
