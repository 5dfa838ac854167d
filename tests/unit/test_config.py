import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from monitor.config import Settings, mask_url


def test_env_prefix_and_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MONITOR_KAFKA_URL", "kafka://a:1,b:2")
    monkeypatch.setenv("MONITOR_STATE_DIR", str(tmp_path))
    s = Settings()
    assert s.kafka_bootstrap() == ["a:1", "b:2"]
    with pytest.raises(ValidationError):
        s.batch_size = 3  # type: ignore[misc]


def test_stack_file_gives_defaults(tmp_path: Path) -> None:
    (tmp_path / "stack.json").write_text(
        '{"kafka_url": "kafka://127.0.0.1:1234", "redis_url": "redis://127.0.0.1:5/0"}'
    )
    s = Settings(state_dir=tmp_path)
    assert s.kafka_bootstrap() == ["127.0.0.1:1234"]
    assert s.resolved_redis_url() == "redis://127.0.0.1:5/0"
    explicit = Settings(state_dir=tmp_path, kafka_url="kafka://k:9")
    assert explicit.kafka_bootstrap() == ["k:9"]


def test_secrets_are_masked(tmp_path: Path) -> None:
    s = Settings(state_dir=tmp_path, redis_url="redis://:hunter2@host:6379/0", api_token="tok-secret")
    shown = s.masked()
    assert "hunter2" not in repr(shown)
    assert "tok-secret" not in repr(shown)
    assert "hunter2" not in repr(s)
    assert mask_url("rediss://user:pw@h:1/0") == "rediss://user:***@h:1/0"
    assert mask_url("redis://h:1/0") == "redis://h:1/0"


def test_invalid_values_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        Settings(state_dir=tmp_path, batch_size=0)
    with pytest.raises(ValidationError):
        Settings(state_dir=tmp_path, backend="tensorflow")  # type: ignore[arg-type]


# --- settings -> environment of a child process ----------------------------------------------------------
def _from_env(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> Settings:
    """What a child process started with ``env`` builds (nothing else MONITOR_* in its environment)."""
    for key in list(os.environ):
        if key.upper().startswith("MONITOR_"):
            monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return Settings()


def test_to_env_round_trips_every_kind_of_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = Settings(
        kafka_url="kafka://127.0.0.1:19092",
        redis_url="redis://:p%40ss:w0rd@127.0.0.1:6390/2",  # type: ignore[arg-type]
        state_dir=tmp_path / "state",
        models_dir=tmp_path / "models",
        backend="onnx-int8",
        batch_window_s=0.1 + 0.2,  # 0.30000000000000004: floats must survive exactly
        session_timeout_s=6,
        default_threshold=0.61,
        api_token="s3cret token",  # type: ignore[arg-type]
        webhook_url="https://hooks.example/x?token=abc",  # type: ignore[arg-type]
        api_read_only=True,
        retro_enabled=False,
        candidates_join_threshold=0.7,
        metrics_port=0,
    )
    env = settings.to_env()
    assert env["MONITOR_API_TOKEN"] == "s3cret token"  # secrets in clear: the child needs them
    assert env["MONITOR_REDIS_URL"] == "redis://:p%40ss:w0rd@127.0.0.1:6390/2"
    assert env["MONITOR_RETRO_ENABLED"] == "false"
    assert env["MONITOR_BATCH_WINDOW_S"] == "0.30000000000000004"
    assert all(key.startswith("MONITOR_") for key in env)
    assert _from_env(monkeypatch, env) == settings


def test_to_env_writes_only_what_differs_from_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _from_env(monkeypatch, {}).to_env() == {}
    assert Settings(posts_topic="p2", topic_partitions=8).to_env() == {
        "MONITOR_POSTS_TOPIC": "p2",
        "MONITOR_TOPIC_PARTITIONS": "8",
    }


def test_child_env_replaces_the_parents_monitor_variables(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from monitor.config import child_env

    base = {
        "PATH": "/bin",
        "MONITOR_POSTS_TOPIC": "from-the-shell",  # settings already reflect or override it
        "monitor_app_id": "lower-case",  # pydantic-settings reads names case-insensitively
        "MONITOR_NOT_A_SETTING": "kept",
    }
    settings = Settings(state_dir=tmp_path, app_id="group-1")
    env = child_env(settings, base, MONITOR_METRICS_PORT="9400", COLUMNS="200")
    assert env["PATH"] == "/bin" and env["COLUMNS"] == "200" and env["MONITOR_NOT_A_SETTING"] == "kept"
    assert "MONITOR_POSTS_TOPIC" not in env and "monitor_app_id" not in env
    assert env["MONITOR_APP_ID"] == "group-1"
    assert env["MONITOR_METRICS_PORT"] == "9400"  # extra wins
    assert _from_env(monkeypatch, {k: v for k, v in env.items() if k.startswith("MONITOR_")}) == (
        settings.model_copy(update={"metrics_port": 9400})
    )


def test_topic_names_are_every_topic() -> None:
    s = Settings(posts_topic="a", dlq_topic="a.dlq")
    assert s.topic_names() == ["a", "matches", "alerts", "incidents", "a.dlq"]
