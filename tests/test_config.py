"""Configuration from the environment: a wrong value stops the start with one sentence."""

import os
import secrets
import subprocess
import sys

import pytest

from werkplaats.config import (
    ConfigError,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_str,
    local_secret_key,
)

# Every variable settings.py reads; the subprocesses start from none of them.
PROJECT_VARIABLES = {
    "WERKPLAATS_ENV", "WERKPLAATS_VAR_DIR", "SECRET_KEY", "DEBUG", "SITE_URL",
    "ALLOWED_HOSTS", "DATABASE_URL", "AXES_FAILURE_LIMIT", "AXES_ENABLED", "EMAIL_HOST",
    "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS", "EMAIL_USE_SSL",
    "DEFAULT_FROM_EMAIL", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_PRELOAD",
    "LOG_LEVEL", "WEB_WORKERS", "DJANGO_SETTINGS_MODULE",
    # Set by the browser tests for Playwright; the deploy check rightly refuses it.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}  # fmt: skip


def run_manage(tmp_path, *args, **variables):
    env = {k: v for k, v in os.environ.items() if k not in PROJECT_VARIABLES}
    env["WERKPLAATS_VAR_DIR"] = str(tmp_path)
    env.update(variables)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "werkplaats", *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def production_variables(tmp_path):
    return {
        "WERKPLAATS_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(60)[:60],
        "ALLOWED_HOSTS": "werkplaats.example.org",
        "SITE_URL": "https://werkplaats.example.org",
        "EMAIL_HOST": "smtp.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production.sqlite3'}",
    }


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"WEB_WORKERS": "abc"}, "WEB_WORKERS"),
        ({"WEB_WORKERS": "0"}, "WEB_WORKERS"),
        ({"DATABASE_URL": "nonsense://x"}, "DATABASE_URL"),
        ({"DATABASE_URL": "mysql://user@localhost/werkplaats"}, "DATABASE_URL"),
        ({"WERKPLAATS_ENV": "production"}, "SECRET_KEY"),
        ({"WERKPLAATS_ENV": "staging"}, "WERKPLAATS_ENV"),
        ({"LOG_LEVEL": "loud"}, "LOG_LEVEL"),
        ({"AXES_FAILURE_LIMIT": "0"}, "AXES_FAILURE_LIMIT"),
        ({"SITE_URL": "werkplaats.example.org"}, "SITE_URL"),
    ],
    ids=lambda value: (
        "-".join(f"{k}={v}" for k, v in value.items()) if isinstance(value, dict) else None
    ),
)
def test_a_bad_value_stops_the_start_with_one_line_naming_the_variable(tmp_path, variables, named):
    result = run_manage(tmp_path, "check", **variables)

    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert named in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"SECRET_KEY": "te-kort"}, "SECRET_KEY"),
        ({"DEBUG": "true"}, "DEBUG"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS"),
        ({"EMAIL_HOST": ""}, "EMAIL_HOST"),
    ],
    ids=["short-secret-key", "debug-on", "no-allowed-hosts", "no-mail-server"],
)
def test_production_refuses_unsafe_or_missing_values(tmp_path, changes, named):
    result = run_manage(tmp_path, "check", **{**production_variables(tmp_path), **changes})

    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert named in lines[0]


def test_production_with_every_required_variable_passes_the_deploy_check(tmp_path):
    result = run_manage(
        tmp_path, "check", "--deploy", "--fail-level", "WARNING", **production_variables(tmp_path)
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_production_with_hsts_preload_chosen_passes_the_deploy_check(tmp_path):
    variables = {**production_variables(tmp_path), "SECURE_HSTS_PRELOAD": "true"}

    result = run_manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **variables)

    assert result.returncode == 0, result.stdout + result.stderr


def test_development_run_makes_and_keeps_its_secret_key_in_the_var_dir(tmp_path):
    first = run_manage(tmp_path, "check")
    key = (tmp_path / "secret_key").read_text()
    second = run_manage(tmp_path, "check")

    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert (tmp_path / "secret_key").read_text() == key
    assert oct((tmp_path / "secret_key").stat().st_mode & 0o777) == "0o600"


# The helpers


def test_env_str(monkeypatch):
    monkeypatch.setenv("WP_TEST", "waarde")
    monkeypatch.setenv("WP_EMPTY", "")
    monkeypatch.delenv("WP_MISSING", raising=False)

    assert env_str("WP_TEST") == "waarde"
    assert env_str("WP_EMPTY", "standaard") == "standaard"
    assert env_str("WP_MISSING", "standaard") == "standaard"
    assert env_str("WP_MISSING") is None
    with pytest.raises(ConfigError, match="WP_MISSING must be set"):
        env_str("WP_MISSING", required=True)
    with pytest.raises(ConfigError, match="WP_EMPTY"):
        env_str("WP_EMPTY", required=True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True), ("true", True), ("True", True), (" yes ", True), ("ON", True),
        ("0", False), ("false", False), ("no", False), ("off", False), ("", False),
    ],
)  # fmt: skip
def test_env_bool_reads_common_words(monkeypatch, value, expected):
    monkeypatch.setenv("WP_FLAG", value)

    assert env_bool("WP_FLAG", default=not expected) is expected


def test_env_bool_default_and_bad_value(monkeypatch):
    monkeypatch.delenv("WP_FLAG", raising=False)
    assert env_bool("WP_FLAG", default=True) is True

    monkeypatch.setenv("WP_FLAG", "maybe")
    with pytest.raises(ConfigError, match="WP_FLAG must be true or false, not 'maybe'"):
        env_bool("WP_FLAG", default=False)


def test_env_int(monkeypatch):
    monkeypatch.delenv("WP_NUMBER", raising=False)
    assert env_int("WP_NUMBER", 4) == 4

    monkeypatch.setenv("WP_NUMBER", " ")
    assert env_int("WP_NUMBER", 4) == 4

    monkeypatch.setenv("WP_NUMBER", "12")
    assert env_int("WP_NUMBER", 4, minimum=1) == 12

    monkeypatch.setenv("WP_NUMBER", "1.5")
    with pytest.raises(ConfigError, match="WP_NUMBER must be a whole number"):
        env_int("WP_NUMBER", 4)

    monkeypatch.setenv("WP_NUMBER", "0")
    with pytest.raises(ConfigError, match="WP_NUMBER must be at least 1, not 0"):
        env_int("WP_NUMBER", 4, minimum=1)


def test_env_list(monkeypatch):
    monkeypatch.delenv("WP_LIST", raising=False)
    assert env_list("WP_LIST", ["standaard"]) == ["standaard"]

    monkeypatch.setenv("WP_LIST", " a.example.org, ,b.example.org ,")
    assert env_list("WP_LIST", []) == ["a.example.org", "b.example.org"]

    monkeypatch.setenv("WP_LIST", "")
    assert env_list("WP_LIST", ["standaard"]) == []


def test_env_choice(monkeypatch):
    choices = ("debug", "info")
    monkeypatch.delenv("WP_CHOICE", raising=False)
    assert env_choice("WP_CHOICE", "info", choices) == "info"

    monkeypatch.setenv("WP_CHOICE", " DEBUG ")
    assert env_choice("WP_CHOICE", "info", choices) == "debug"

    monkeypatch.setenv("WP_CHOICE", "loud")
    with pytest.raises(ConfigError, match="WP_CHOICE must be one of debug, info, not 'loud'"):
        env_choice("WP_CHOICE", "info", choices)


def test_config_error_is_an_improperly_configured():
    from django.core.exceptions import ImproperlyConfigured

    assert issubclass(ConfigError, ImproperlyConfigured)


def test_local_secret_key_is_made_once_and_private(tmp_path):
    var_dir = tmp_path / "var"

    first = local_secret_key(var_dir)
    second = local_secret_key(var_dir)

    assert first == second
    assert len(first) >= 50
    assert (var_dir / "secret_key").stat().st_mode & 0o777 == 0o600
