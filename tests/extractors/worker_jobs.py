"""Jobs for the parse-worker tests; a module of its own so a fresh worker imports it quickly."""

from __future__ import annotations

import os
import time

from extractors.errors import ParseError


def add(left: int, right: int) -> int:
    return left + right


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def refuse(reason: str) -> None:
    raise ParseError(reason)


def crash() -> None:
    os._exit(3)


def allocate(size: int) -> int:
    return len(bytearray(size))
