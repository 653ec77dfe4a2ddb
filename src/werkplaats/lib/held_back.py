"""Holding back background tasks while demo data is loaded."""

import contextlib
from collections.abc import Iterable, Iterator
from types import ModuleType


class _HeldBackTask:
    """Stands in for a task: enqueuing it does nothing."""

    def enqueue(self, *args, **kwargs) -> None:
        return None


@contextlib.contextmanager
def tasks_held_back(module: ModuleType, names: Iterable[str]) -> Iterator[None]:
    """Replace the named tasks of ``module`` with stand-ins for the length of the block.

    Services import their tasks from the tasks module when they run, and their on-commit
    callbacks keep the task they were given, so this also covers callbacks that run after
    the block, at commit. Nobody asked the demo's questions or joined its ateliers, so
    nobody should get mail about them.
    """
    saved = {name: getattr(module, name) for name in names}
    try:
        for name in saved:
            setattr(module, name, _HeldBackTask())
        yield
    finally:
        for name, task in saved.items():
            setattr(module, name, task)
