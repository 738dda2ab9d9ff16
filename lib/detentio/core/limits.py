"""Bounds on what a user file can make the workspace do, in one place.

Each bound is checked where the input is read, and going over it is an error
naming the file (never a slow build or a full disk). The values are far above
what the seed corpus and the benchmark archive (100k documents) need; tests
lower them to reach them cheaply.
"""
from __future__ import annotations

# Sources: how many files one command reads, how deep their folders nest, how big one file is.
MAX_SOURCES = 1_000_000
MAX_DEPTH = 32
MAX_SOURCE_BYTES = 64 * 1024 * 1024

# runs.yml: the size of the file, and of one run's parameters as the build passes
# them on (JSON): they are hashed, injected into the notebook, shown in the index.
MAX_RUNS_BYTES = 1024 * 1024
MAX_PARAMETER_CHARS = 10_000

# How much of a rejected value a message quotes.
QUOTED_CHARS = 80


def quoted(value) -> str:
    """``repr(value)`` cut to :data:`QUOTED_CHARS` characters, so a message stays one line."""
    text = repr(value)
    if len(text) <= QUOTED_CHARS:
        return text
    return f"{text[:QUOTED_CHARS]}... ({len(text):,} characters)"
