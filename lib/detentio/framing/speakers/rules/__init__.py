"""The speaker rules, one function each: ``apply(doc, who)`` reads the
:class:`~detentio.framing.speakers.document.Document` and records its
decisions in :class:`~detentio.framing.speakers.result.Speakers`.

Their order, codes and stages are the registry's table
(:mod:`detentio.framing.speakers.registry`); each docstring holds the rule's
``Example:`` and ``Not:`` texts, which run as tests.
"""
