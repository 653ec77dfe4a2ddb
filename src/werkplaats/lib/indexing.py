"""Pausing the per-object updates of the search and matching indexes during a bulk load."""

from contextlib import contextmanager
from contextvars import ContextVar

_paused: ContextVar[bool] = ContextVar("werkplaats_indexing_paused", default=False)


@contextmanager
def paused():
    """Skip the per-object index updates of search and matching inside this block.

    For bulk loads that rebuild both indexes afterwards, such as the demo: indexing each of
    its hundreds of records as it was saved took about a third of the demo's load time.
    """
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def is_paused() -> bool:
    return _paused.get()
