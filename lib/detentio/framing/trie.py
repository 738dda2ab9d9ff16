"""One regex for many phrases, factored as a trie so it stays fast.

A plain alternation ``(a|b|c|...)`` of a hundred phrases makes Python's
regex engine try every branch at every position of the text. Sharing
prefixes ("prisoner", "prisoners of war", "prisoner swap" all start with one
``prisoner`` branch) means a mismatch is found after one or two characters.
Measured on the benchmark corpus: the trie form of the codebook matcher is
several times faster than the flat alternation, with the same matches.

Phrases are given as sequences of *atoms* (regex fragments that each match
one unit: a letter class, a separator, a quote class). Each phrase ends in
an empty capture group, so ``match.lastindex`` says which phrase matched.
Children are tried longest subtree first and a phrase's end is tried after
its continuations, so at any position the longest phrase wins.
"""
from __future__ import annotations

from typing import Sequence


class _Node:
    __slots__ = ("children", "end", "depth")

    def __init__(self):
        self.children: dict[str, _Node] = {}
        self.end: int | None = None   # index of the phrase that ends here
        self.depth = 0                # longest path below, for ordering


def build(phrases: Sequence[Sequence[str]], *, end: str = "", after_first: str = "") -> tuple[str, list[int]]:
    """Regex source matching any phrase, and the phrase index of each capture group.

    Parameters
    ----------
    phrases : each phrase as a list of atoms.
    end : a fragment every phrase must be followed by (e.g. a word boundary).
    after_first : a fragment placed after the first atom of every phrase. A
        start condition written there (``(?<!\\w.)``: no word character before
        the first letter) leaves the pattern beginning with plain literals,
        from which Python's regex compiler builds a set of first characters
        and skips every other position without entering the pattern
        (measured on the benchmark corpus: about 10% faster a document).

    Returns
    -------
    (source, groups)
        ``groups[k]`` is the index into ``phrases`` of capture group ``k + 1``.
        When two phrases have the same atoms the first one is kept.
    """
    root = _Node()
    for index, atoms in enumerate(phrases):
        node = root
        for atom in atoms:
            node = node.children.setdefault(atom, _Node())
        if node.end is None:
            node.end = index
    _measure(root)
    groups: list[int] = []
    return _emit(root, end, groups, after_first), groups


def _measure(node: _Node) -> int:
    node.depth = 1 + max((_measure(child) for child in node.children.values()), default=0)
    return node.depth


def _emit(node: _Node, end: str, groups: list[int], after: str = "") -> str:
    branches = [atom + after + _emit(child, end, groups)
                for atom, child in sorted(node.children.items(), key=lambda item: -item[1].depth)]
    if node.end is not None:
        groups.append(node.end)
        branches.append(f"{end}()")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
