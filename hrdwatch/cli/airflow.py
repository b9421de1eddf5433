"""`hrdwatch airflow-standalone`: the embedded Airflow (scheduler, dag-processor, triggerer, UI) on SQLite.

`airflow standalone` starts its parts by running `airflow` from PATH and reads everything from
AIRFLOW_HOME and AIRFLOW__* variables, so this command's job is to build that environment:
AIRFLOW_HOME under ./var, the project's dags/, SQLite, no example DAGs, the venv's bin/ first on
PATH. `--demo` (the default) points the DAGs at the bundled feeds, fictional watchlist and demo
database; `--live` uses your HRDWATCH_* settings.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from importlib.resources import files
from pathlib import Path

import typer

from hrdwatch.cli.app import app
from hrdwatch.errors import ConfigError
from hrdwatch.orchestration import FEED_SNAPSHOT_ENV
from hrdwatch.settings import Settings

# The DAGs the UI should list; used to tell when the dag-processor has parsed them.
HRDWATCH_DAGS = ("collect_feeds", "classify_reports", "alert_on_threats", "send_daily_digests", "maintain")
PASSWORD_FILE = "simple_auth_manager_passwords.json.generated"
SOURCE_DAGS_FOLDER = Path(__file__).resolve().parents[2] / "dags"


@dataclass(frozen=True)
class Standalone:
    """Everything `airflow standalone` is started with."""

    airflow_home: Path
    dags_folder: Path
    port: int
    # What this command sets on top of the caller's environment (printed by --print-env).
    overrides: dict[str, str]
    env: dict[str, str]
    demo: bool

    @property
    def url(self) -> str:
        return f"http://localhost:{self.port}"

    @property
    def password_file(self) -> Path:
        return self.airflow_home / PASSWORD_FILE

    def admin_password(self) -> str | None:
        """The generated password of user `admin`, once `airflow standalone` has written it."""
        try:
            passwords = json.loads(self.password_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        password = passwords.get("admin") if isinstance(passwords, dict) else None
        return str(password) if password else None


def standalone_environment(
    settings: Settings,
    *,
    base_env: dict[str, str],
    dags_folder: Path,
    port: int = 8080,
    demo: bool = True,
    venv_bin: Path | None = None,
) -> Standalone:
    """The environment for `airflow standalone`; absolute paths, so every Airflow part agrees."""
    if not (dags_folder / "collect_feeds.py").is_file():
        raise ConfigError(
            f"no hrdwatch DAGs in {dags_folder}: pass --dags-folder (a source checkout's dags/)"
        )
    var_dir = settings.var_dir.resolve()
    home = var_dir / "airflow"
    bin_dir = venv_bin or Path(sys.executable).parent
    overrides = {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(dags_folder.resolve()),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__BASE_URL": f"http://localhost:{port}",
        # standalone runs `airflow scheduler`, `airflow api-server` … by name: ours must come first.
        "PATH": os.pathsep.join([str(bin_dir), base_env.get("PATH", "")]).rstrip(os.pathsep),
        "HRDWATCH_VAR_DIR": str(var_dir),
        "HRDWATCH_OUT_DIR": str(settings.out_dir.resolve()),
    }
    if demo:
        from hrdwatch.pipeline.demo import demo_settings

        demo_root = files("hrdwatch") / "demo"
        overrides.update(
            {
                "HRDWATCH_DATABASE_URL": demo_settings(replace(settings, var_dir=var_dir)).database_url,
                "HRDWATCH_SOURCES_FILE": str(demo_root / "sources.yaml"),
                FEED_SNAPSHOT_ENV: str(demo_root / "feeds"),
                # The demo should run by itself; for live use Airflow's default (paused) stands.
                "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            }
        )
    elif "HRDWATCH_DATABASE_URL" not in base_env:
        # The default SQLite path is relative; pin it so the scheduler and workers share one file.
        overrides["HRDWATCH_DATABASE_URL"] = f"sqlite:///{var_dir / 'hrdwatch.db'}"
    return Standalone(
        airflow_home=home,
        dags_folder=dags_folder.resolve(),
        port=port,
        overrides=overrides,
        env={**base_env, **overrides},
        demo=demo,
    )


def prepare_store(standalone: Standalone) -> None:
    """Migrate the hrdwatch store the DAGs will use; for the demo, load its fictional watchlist."""
    from hrdwatch.pipeline.context import RunContext

    settings = Settings.from_env(standalone.env)
    ctx = RunContext.from_settings(settings)
    try:
        ctx.db.upgrade()
        if standalone.demo:
            from hrdwatch.pipeline.watchlist import import_officers, import_watchlist

            demo_root = Path(str(files("hrdwatch") / "demo"))
            import_watchlist(ctx, demo_root / "watchlist.csv")
            import_officers(ctx, demo_root / "officers.yaml")
    finally:
        ctx.db.dispose()


def wait_until_healthy(standalone: Standalone, process: subprocess.Popen[bytes], timeout: float) -> bool:
    """Poll the API server's health endpoint until every part reports healthy (or the process ends)."""
    import httpx

    deadline = time.monotonic() + timeout
    health_url = f"http://127.0.0.1:{standalone.port}/api/v2/monitor/health"
    while time.monotonic() < deadline and process.poll() is None:
        try:
            body = httpx.get(health_url, timeout=2.0).json()
            parts = [body.get(name, {}).get("status") for name in ("metadatabase", "scheduler")]
            if all(status == "healthy" for status in parts):
                return True
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(1.0)
    return False


def banner(standalone: Standalone) -> str:
    password = standalone.admin_password()
    login = (
        f"user admin, password {password}"
        if password
        else f"user admin, password in {standalone.password_file}"
    )
    mode = (
        "demo data (bundled feeds, fictional watchlist, var/demo.db)"
        if standalone.demo
        else "your HRDWATCH_* settings"
    )
    return "\n".join(
        [
            f"Airflow is up: {standalone.url}",
            f"  log in       {login}",
            f"  DAGs         {', '.join(HRDWATCH_DAGS)} from {standalone.dags_folder}",
            f"  running on   {mode}",
            f"  AIRFLOW_HOME {standalone.airflow_home} (password file: {PASSWORD_FILE})",
            "Stop with Ctrl-C.",
        ]
    )


@app.command("airflow-standalone")
def airflow_standalone(
    demo: bool = typer.Option(
        True, "--demo/--live", help="Run on the bundled demo data (default) or on your HRDWATCH_* settings."
    ),
    port: int = typer.Option(8080, "--port", help="Port of the Airflow UI and API."),
    dags_folder: Path = typer.Option(SOURCE_DAGS_FOLDER, "--dags-folder", help="The hrdwatch dags/ folder."),
    print_env: bool = typer.Option(
        False, "--print-env", help="Print the environment Airflow would get, and exit."
    ),
    startup_timeout: float = typer.Option(180.0, "--startup-timeout", help="Seconds to wait for health."),
) -> None:
    """Run Airflow standalone (SQLite, AIRFLOW_HOME=var/airflow) with the hrdwatch DAGs; print URL and login."""
    standalone = standalone_environment(
        Settings.from_env(), base_env=dict(os.environ), dags_folder=dags_folder, port=port, demo=demo
    )
    if print_env:
        for name, value in sorted(standalone.overrides.items()):
            typer.echo(f"{name}={value}")
        return
    standalone.airflow_home.mkdir(parents=True, exist_ok=True)
    prepare_store(standalone)
    typer.echo(f"starting airflow standalone in {standalone.airflow_home} (first start takes about a minute)")
    airflow = Path(standalone.env["PATH"].split(os.pathsep)[0]) / "airflow"
    # Airflow gets a process group of its own so that stopping reaches every part it started; Ctrl-C
    # and SIGTERM are handled here explicitly (a background shell may have started us ignoring SIGINT).
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    process = subprocess.Popen([str(airflow), "standalone"], env=standalone.env, start_new_session=True)
    try:
        if wait_until_healthy(standalone, process, startup_timeout):
            typer.echo(banner(standalone))
        elif process.poll() is None:
            typer.echo(f"Airflow is not healthy after {startup_timeout:.0f} s; see the log above", err=True)
        code = process.wait()
    except KeyboardInterrupt:
        typer.echo("stopping Airflow …")
        stop_process_group(process)
        return
    if code != 0:
        raise typer.Exit(code if code > 0 else 1)


def stop_process_group(process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    """SIGTERM to Airflow's whole process group (scheduler, api-server …), SIGKILL if it lingers."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
