"""``detentio add``: web pages, PDFs and Word files turned into sources.

:mod:`.add` keeps the original in ``data/raw/`` and writes the derived source;
:mod:`.sniff` checks what a file is; :mod:`.sandbox` runs the extractors
(:mod:`.webpage`, :mod:`.pdf`, :mod:`.word`) in a bounded child process;
:mod:`.reflow` and :mod:`.chrome` turn printed pages into paragraphs with page
starts, paragraph numbers and page chrome; :mod:`.ids` names the source.
docs/ingest.md says which libraries were chosen and why.
"""
