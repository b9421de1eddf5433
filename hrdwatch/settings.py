"""Settings read once from the environment into a small immutable value object."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from hrdwatch.errors import ConfigError

DEFAULT_VAR_DIR = Path("var")
DEFAULT_OUT_DIR = Path("out")


@dataclass(frozen=True)
class SmtpSettings:
    host: str | None = None
    port: int = 587
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    sender: str = "hrdwatch@localhost"
    starttls: bool = True


@dataclass(frozen=True)
class Settings:
    """Everything hrdwatch reads from the environment; see README "Configuration"."""

    database_url: str
    var_dir: Path = DEFAULT_VAR_DIR
    out_dir: Path = DEFAULT_OUT_DIR
    slack_token: str | None = field(default=None, repr=False)
    slack_base_url: str | None = None
    operators_channel: str | None = None
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    sources_file: Path | None = None
    model_dir: Path | None = None
    user_agent: str = "hrdwatch/0.1 (+https://github.com/hrdwatch/hrdwatch)"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        var_dir = Path(env.get("HRDWATCH_VAR_DIR", str(DEFAULT_VAR_DIR)))
        out_dir = Path(env.get("HRDWATCH_OUT_DIR", str(DEFAULT_OUT_DIR)))
        database_url = env.get("HRDWATCH_DATABASE_URL") or f"sqlite:///{var_dir / 'hrdwatch.db'}"
        return cls(
            database_url=database_url,
            var_dir=var_dir,
            out_dir=out_dir,
            slack_token=env.get("HRDWATCH_SLACK_TOKEN") or None,
            slack_base_url=env.get("HRDWATCH_SLACK_BASE_URL") or None,
            operators_channel=env.get("HRDWATCH_OPERATORS_CHANNEL") or None,
            smtp=SmtpSettings(
                host=env.get("HRDWATCH_SMTP_HOST") or None,
                port=_int(env, "HRDWATCH_SMTP_PORT", 587),
                user=env.get("HRDWATCH_SMTP_USER") or None,
                password=env.get("HRDWATCH_SMTP_PASSWORD") or None,
                sender=env.get("HRDWATCH_SMTP_FROM", "hrdwatch@localhost"),
                starttls=_bool(env, "HRDWATCH_SMTP_STARTTLS", True),
            ),
            sources_file=_path(env, "HRDWATCH_SOURCES_FILE"),
            model_dir=_path(env, "HRDWATCH_MODEL_DIR") or var_dir / "models",
        )


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name}={raw!r} is not true/false")


def _path(env: Mapping[str, str], name: str) -> Path | None:
    raw = env.get(name)
    return Path(raw) if raw else None
