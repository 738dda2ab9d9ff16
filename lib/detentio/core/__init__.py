"""core: what every layer stands on.

Owns where things live (:mod:`~detentio.core.paths`), how a problem is reported
(:mod:`~detentio.core.problems`), and how a data file is read and cached
(:mod:`~detentio.core.datafile`). Imports nothing else from detentio.
"""
