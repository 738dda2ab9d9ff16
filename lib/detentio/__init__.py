"""detentio: how detained people are named in the sources, traced to the text.

Modules are small and named after their idea (``corpus``, ``mentions``,
``claims``, ``speakers``, ``kwic``, ``law``, ``cite``, ``build``). Importing the
package itself is cheap: submodules load on first use, so the command line
starts without pandas.
"""
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("detentio")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"


def __getattr__(name):
    # `from detentio import corpus` works without importing every module up front.
    try:
        return import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"{__name__}.{name}":
            raise AttributeError(f"module 'detentio' has no attribute {name!r}") from None
        raise
