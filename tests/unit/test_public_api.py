import monitor


def test_all_names_exist_and_are_sorted() -> None:
    for name in monitor.__all__:
        assert hasattr(monitor, name), name
    assert list(monitor.__all__) == sorted(monitor.__all__)


def test_streams_is_not_imported_by_monitor() -> None:
    import sys

    import monitor.cli  # noqa: F401

    assert "streams" not in sys.modules or "streams.worker" not in sys.modules
