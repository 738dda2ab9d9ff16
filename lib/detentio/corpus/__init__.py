"""corpus: the sources as text with exact offsets.

Owns reading a source file (:mod:`.sources`), splitting it into sentences
(:mod:`.sentences`), marking page chrome (:mod:`.boilerplate`), the manifest of
hashes (:mod:`.manifest`) and the tables a notebook works with
(:mod:`.loader`: ``corpus.load()``), where a derived source's pages begin
(:mod:`.layout`) and turning web pages, PDFs and Word files into sources
(:mod:`.ingest`: ``detentio add``). Knows nothing of labels or law.
"""
_SUBMODULES = {"boilerplate", "ingest", "layout", "loader", "manifest", "sentences", "sources"}


def __getattr__(name):
    # ``corpus.load()`` and the rest of the loader, loaded lazily so that
    # importing corpus.sources (as the command line does) skips pandas.
    # Submodule names must fall through, so that ``from detentio.corpus import sources`` imports it.
    if not name.startswith("__") and name not in _SUBMODULES:
        from detentio.corpus import loader
        if hasattr(loader, name):
            return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
