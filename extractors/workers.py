"""Parsing in child processes with a deadline: a feed that parses too long is stopped, not waited for.

A thread cannot be stopped while feedparser (or expat underneath it) is busy, so each parse runs
in a small pool of worker processes. A call that overruns its deadline has its process killed and
replaced; the source gets a "timed out" parse error like any other parse problem. Workers are
forked from a forkserver that has already imported the parsers, so starting one costs
milliseconds and no thread of the caller is ever copied into a child. Workers also run under an
address-space limit, so a parse that balloons fails with MemoryError in the child instead of
taking the host's memory.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any, TypeVar

from extractors.errors import ExtractorError, ParseError

T = TypeVar("T")

_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
_CONTEXT: Any = multiprocessing.get_context(_METHOD)
# Imported once in the forkserver, inherited by every worker forked from it.
_CONTEXT_PRELOAD = ["extractors.collector"]


class ParseTimeout(ParseError):
    """A parse ran past its deadline; its worker process was killed."""


def processes_available() -> bool:
    """False inside a daemonic process (which may not have children): callers parse in-thread then."""
    return not multiprocessing.current_process().daemon


@dataclass
class _Worker:
    process: BaseProcess | None = None
    connection: Connection | None = None


class ParseWorkers:
    """`with ParseWorkers(2, deadline=15) as workers: workers.call(fn, *args)` (thread-safe, blocking).

    `fn` must be importable by name (a module-level function); its arguments and result are pickled.
    """

    def __init__(self, processes: int, *, deadline: float, memory_limit: int | None = None) -> None:
        if processes < 1:
            raise ValueError("at least one parse process is needed")
        self.deadline = deadline
        self.memory_limit = memory_limit
        self._workers = [_Worker() for _ in range(processes)]
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        for worker in self._workers:
            self._idle.put(worker)

    def __enter__(self) -> ParseWorkers:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._workers:
            if worker.connection is not None:
                with contextlib.suppress(OSError):
                    worker.connection.send(None)
            if worker.process is not None:
                worker.process.join(timeout=2)
            _stop(worker)

    def call(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` in a worker; ParseTimeout past the deadline, ParseError when it failed."""
        worker = self._idle.get()
        try:
            outcome, value = self._round_trip(worker, function, args)
        finally:
            self._idle.put(worker)
        if outcome == "ok":
            result: T = value
            return result
        if outcome == "refused":
            raise ParseError(value)
        raise ParseError(f"unexpected {value}")

    def _round_trip(
        self, worker: _Worker, function: Callable[..., Any], args: tuple[Any, ...]
    ) -> tuple[str, Any]:
        if worker.process is None or not worker.process.is_alive():
            _stop(worker)
            self._start(worker)
        assert worker.connection is not None
        assert worker.process is not None
        try:
            worker.connection.send((function, args))
            ready = worker.connection.poll(self.deadline)
            if ready:
                reply: tuple[str, Any] = worker.connection.recv()
                return reply
        except (EOFError, OSError):
            worker.process.join(timeout=1)
            code = worker.process.exitcode
            _stop(worker)
            raise ParseError(f"parser process died (exit code {code})") from None
        _stop(worker)
        raise ParseTimeout(f"parsing took longer than {self.deadline:g} s; stopped")

    def _start(self, worker: _Worker) -> None:
        if _METHOD == "forkserver":
            # Takes effect when the forkserver starts; once it runs, it keeps what it preloaded.
            _CONTEXT.set_forkserver_preload(_CONTEXT_PRELOAD)
        ours, theirs = _CONTEXT.Pipe()
        process: BaseProcess = _CONTEXT.Process(
            target=_serve, args=(theirs, self.memory_limit), name="hrdwatch-parse", daemon=True
        )
        process.start()
        theirs.close()
        worker.process, worker.connection = process, ours


def _stop(worker: _Worker) -> None:
    if worker.process is not None and worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    if worker.connection is not None:
        worker.connection.close()
    worker.process = worker.connection = None


def _serve(connection: Connection, memory_limit: int | None) -> None:
    """Worker loop: run each (function, args) and send back ("ok", result) or what went wrong."""
    if memory_limit is not None:
        _limit_memory(memory_limit)
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        function, args = job
        reply: tuple[str, Any]
        try:
            reply = ("ok", function(*args))
        except ExtractorError as exc:
            reply = ("refused", str(exc))
        except Exception as exc:  # reported to the caller as this source's problem, never lost
            reply = ("failed", f"{type(exc).__name__}: {exc}")
        try:
            connection.send(reply)
        except Exception as exc:  # e.g. MemoryError or an unpicklable result
            connection.send(("failed", f"{type(exc).__name__} while returning the result: {exc}"))


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform; the deadline still applies
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or limit < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
