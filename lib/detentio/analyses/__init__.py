"""analyses: the questions the notebooks ask, as DataFrames and figures.

survey (the corpus), labels and affiliation (who uses which label), clause
(the "all for all" clause against the releases), counts (the count ledger),
qualify (label -> regime -> obligations). They return data, never HTML:
the publish layer turns them into report fragments.
"""
