"""core: what every layer stands on.

Owns where things live (:mod:`~detentio.core.paths`), how a problem is reported
(:mod:`~detentio.core.problems`), and how a data file is read and cached
(:mod:`~detentio.core.datafile`); the bounds on what a user file can make the
workspace do (:mod:`~detentio.core.limits`), how folders are walked
(:mod:`~detentio.core.walk`), how a file is written whole
(:mod:`~detentio.core.atomic`) and how text is made safe for a terminal
(:mod:`~detentio.core.terminal`). Imports nothing else from detentio.
"""
