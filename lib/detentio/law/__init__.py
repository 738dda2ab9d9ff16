"""law: the legal frame as data, and citations.

Owns the instruments, provisions and events files (:mod:`.data`), their
OSCOLA citations (:mod:`.cite`) and their tables (:mod:`.tables`:
``law.regimes()``, ``law.events()``). States the law; analyses live above.
"""

_SUBMODULES = {"basis", "cite", "data", "readings", "shortcite", "tables"}


def __getattr__(name):
    # ``law.regimes()`` and the other table functions, loaded lazily so that
    # importing law.data or law.cite (as the command line does) skips pandas.
    # Submodule names must fall through, so that ``from detentio.law import cite`` imports it.
    if not name.startswith("__") and name not in _SUBMODULES:
        from detentio.law import tables
        if hasattr(tables, name):
            return getattr(tables, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
