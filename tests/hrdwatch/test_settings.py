"""Settings come from the environment with sane defaults and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdwatch.errors import ConfigError
from hrdwatch.settings import Settings


def test_defaults_put_sqlite_under_var() -> None:
    settings = Settings.from_env({})
    assert settings.database_url == "sqlite:///var/hrdwatch.db"
    assert settings.slack_token is None
    assert settings.smtp.host is None
    assert settings.model_dir == Path("var/models")


def test_var_dir_moves_the_default_database() -> None:
    settings = Settings.from_env({"HRDWATCH_VAR_DIR": "/srv/hrd"})
    assert settings.database_url == "sqlite:////srv/hrd/hrdwatch.db"


def test_explicit_database_url_wins() -> None:
    url = "postgresql://hrd@db/hrdwatch"
    assert Settings.from_env({"HRDWATCH_DATABASE_URL": url}).database_url == url


def test_secrets_are_kept_out_of_repr() -> None:
    settings = Settings.from_env({"HRDWATCH_SLACK_TOKEN": "xoxb-secret", "HRDWATCH_SMTP_PASSWORD": "hunter2"})
    assert settings.slack_token == "xoxb-secret"
    assert "xoxb-secret" not in repr(settings)
    assert "hunter2" not in repr(settings)


@pytest.mark.parametrize(
    ("name", "value"),
    [("HRDWATCH_SMTP_PORT", "twenty-five"), ("HRDWATCH_SMTP_STARTTLS", "maybe")],
)
def test_bad_values_name_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({name: value})


@pytest.mark.parametrize(("raw", "expected"), [("false", False), ("0", False), ("yes", True)])
def test_booleans_accept_common_spellings(raw: str, expected: bool) -> None:
    assert Settings.from_env({"HRDWATCH_SMTP_STARTTLS": raw}).smtp.starttls is expected
