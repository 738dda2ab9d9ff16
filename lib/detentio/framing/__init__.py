"""framing: what the sources call the detained people, who says it, and the counts.

Owns the codebook and its matcher (:mod:`.codebook`, :mod:`.trie`), the actor
registry (:mod:`.actors`), speaker attribution (:mod:`.speakers`), mentions,
count claims, keyword in context, the Dask scale-out and the scoring against
the gold sets. Works on the corpus layer; knows nothing of law or reports.
"""
