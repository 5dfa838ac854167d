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
