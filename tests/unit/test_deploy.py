"""Structural checks of the deployment assets: docker-compose.yml, deploy/, docs/runbooks/.

There is no Docker engine in CI, so the compose file is checked as data: the services exist, the worker
scales, every long-running service has a health check, dependencies and mounts point at real things.
Dashboards and alert rules may only use metrics the worker exports (``EXPORTED_METRICS``); the rules are
checked and unit-tested with ``promtool`` when it is installed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
PROMETHEUS_DIR = ROOT / "deploy" / "prometheus"
PROMETHEUS_CONFIG = PROMETHEUS_DIR / "prometheus.yml"
RULES = PROMETHEUS_DIR / "rules.yml"
RULES_TEST = PROMETHEUS_DIR / "rules_test.yml"
ALERTMANAGER_CONFIG = PROMETHEUS_DIR / "alertmanager.yml"
GRAFANA_DIR = ROOT / "deploy" / "grafana"
DASHBOARDS = sorted((GRAFANA_DIR / "dashboards").glob("*.json"))
RUNBOOKS = ROOT / "docs" / "runbooks"

# Every metric the worker exports (counters with their ``_total`` suffix, histograms by base name).
# Dashboards and alert rules may use only these and Prometheus' own ``up``. The integration test compares
# this set against a live worker's /metrics, so a renamed metric breaks a test, not a dashboard.
EXPORTED_METRICS: frozenset[str] = frozenset(
    {
        "monitor_build_info",
        "monitor_posts_processed_total",
        "monitor_matches_total",
        "monitor_alerts_total",
        "monitor_alerts_deduplicated_total",
        "monitor_template_alerts_total",
        "monitor_dead_letters_total",
        "monitor_end_to_end_latency_seconds",
        "monitor_embedding_seconds",
        "monitor_batch_size",
        "monitor_batch_stage_seconds",
        "monitor_hook_seconds",
        "monitor_consumer_lag_messages",
        "monitor_templates_active",
        "monitor_registry_version",
        "monitor_sink_failures_total",
        "monitor_incidents_open",
        "monitor_incidents_total",
        "monitor_dependency_up",
        "monitor_worker_ready",
    }
)
# What `monitor api` exports about the on-call console (checked against ApiMetrics below).
API_CONSOLE_METRICS: frozenset[str] = frozenset(
    {
        "monitor_console_unacknowledged_incidents",
        "monitor_console_time_to_acknowledge_seconds",
        "monitor_console_verdicts_total",
        "monitor_console_actions_total",
        "monitor_console_live_clients",
        "monitor_console_live_mode",
        "monitor_console_live_events_dropped_total",
    }
)
HISTOGRAM_METRICS: frozenset[str] = frozenset(
    {
        "monitor_end_to_end_latency_seconds",
        "monitor_embedding_seconds",
        "monitor_batch_size",
        "monitor_batch_stage_seconds",
        "monitor_hook_seconds",
        "monitor_console_time_to_acknowledge_seconds",
    }
)
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")
PROMETHEUS_METRICS = frozenset({"up"})

EXPECTED_ALERTS = frozenset(
    {
        "MonitorWorkerDown",
        "MonitorConsumerLagGrowing",
        "MonitorDeadLetterSpike",
        "MonitorLatencySLOBreach",
        "MonitorTemplateSpreading",
        "MonitorDependencyDown",
    }
)
SEVERITIES = frozenset({"critical", "warning", "info"})

EXPECTED_SERVICES = frozenset(
    {"kafka", "kafka-init", "redis", "worker", "api", "prometheus", "alertmanager", "grafana"}
)
ONE_SHOT_SERVICES = frozenset({"kafka-init"})
DEPENDS_CONDITIONS = frozenset({"service_started", "service_healthy", "service_completed_successfully"})

_MONITOR_NAME = re.compile(r"\bmonitor_[a-zA-Z0-9_]*")
# An identifier directly followed by a label matcher or a range: a metric selector such as ``up{...}``.
_SELECTOR = re.compile(r"(?<![\w$.])([a-zA-Z_:][a-zA-Z0-9_:]*)\s*[{\[]")
# Label values and template variables in quotes must not be read as metric names.
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_PROMQL_KEYWORDS = frozenset(
    {"by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool"}
)


def metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression references: ``monitor_*`` identifiers, histogram series folded to
    their base name (``_bucket``/``_sum``/``_count`` stripped), plus any other selector such as ``up{…}``."""
    unquoted = _QUOTED.sub('""', expr)
    names: set[str] = set()
    for name in _MONITOR_NAME.findall(unquoted):
        for suffix in HISTOGRAM_SUFFIXES:
            base = name.removesuffix(suffix)
            if base != name and base in HISTOGRAM_METRICS:
                name = base
                break
        names.add(name)
    for name in _SELECTOR.findall(unquoted):
        if not name.startswith("monitor_") and name not in _PROMQL_KEYWORDS:
            names.add(name)
    return names


def unknown_metrics(expr: str) -> set[str]:
    return metric_names(expr) - EXPORTED_METRICS - API_CONSOLE_METRICS - PROMETHEUS_METRICS


def test_api_console_metrics_are_what_the_api_exports() -> None:
    from monitor.api.middleware import ApiMetrics

    exported = set()
    for family in ApiMetrics(read_only=False).registry.collect():
        name = family.name + ("_total" if family.type == "counter" else "")
        exported.add(name)
    assert exported >= API_CONSOLE_METRICS, API_CONSOLE_METRICS - exported


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


# --- the metric-name extraction itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        (
            'sum(rate(monitor_posts_processed_total{outcome="matched"}[5m]))',
            {"monitor_posts_processed_total"},
        ),
        (
            "histogram_quantile(0.99, sum by (le) (rate(monitor_end_to_end_latency_seconds_bucket[5m])))",
            {"monitor_end_to_end_latency_seconds"},
        ),
        (
            "sum(rate(monitor_batch_size_sum[1m])) / sum(rate(monitor_batch_size_count[1m]))",
            {"monitor_batch_size"},
        ),
        ('count(up{job="monitor-worker"} == 1)', {"up"}),
        ('node_load1{instance="x"}', {"node_load1"}),
        ('monitor_dependency_up{dependency="redis", job="monitor_worker_x"}', {"monitor_dependency_up"}),
    ],
)
def test_metric_names_extraction(expr: str, expected: set[str]) -> None:
    assert metric_names(expr) == expected


def test_unknown_metric_is_reported() -> None:
    assert unknown_metrics("rate(monitor_posts_total[5m])") == {"monitor_posts_total"}
    assert unknown_metrics("rate(monitor_posts_processed_total[5m])") == set()


# --- docker-compose.yml --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = load_yaml(COMPOSE)
    assert isinstance(data, dict)
    assert isinstance(data.get("services"), dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


def _long_running(services: dict[str, dict[str, Any]]) -> list[str]:
    return sorted(name for name in services if name not in ONE_SHOT_SERVICES)


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        return dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): str(v) for k, v in env.items()}


def test_compose_has_every_service(services: dict[str, dict[str, Any]]) -> None:
    assert set(services) >= EXPECTED_SERVICES


def test_worker_can_scale(services: dict[str, dict[str, Any]]) -> None:
    worker = services["worker"]
    assert "container_name" not in worker, "a fixed container_name breaks --scale worker=N"
    assert "ports" not in worker, "published host ports break --scale worker=N; Prometheus uses DNS instead"
    build = worker["build"]
    assert (ROOT / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE


def test_worker_environment(services: dict[str, dict[str, Any]]) -> None:
    env = _environment(services["worker"])
    assert env["MONITOR_KAFKA_URL"] == "kafka://kafka:9092"
    assert env["MONITOR_REDIS_URL"].startswith("redis://:${REDIS_PASSWORD:-")
    assert env["MONITOR_REDIS_URL"].endswith("@redis:6379/0")
    assert env["MONITOR_METRICS_HOST"] == "0.0.0.0"
    assert env["MONITOR_METRICS_PORT"] == "9300"


def test_api_service(services: dict[str, dict[str, Any]]) -> None:
    api = services["api"]
    assert api["command"] == ["api"]
    env = _environment(api)
    assert env["MONITOR_API_HOST"] == "0.0.0.0"
    assert "MONITOR_API_TOKEN" in env
    assert any(str(port).endswith(":8080") for port in api["ports"])


def test_only_one_shot_services_may_exit(services: dict[str, dict[str, Any]]) -> None:
    for name in ONE_SHOT_SERVICES:
        assert services[name].get("restart", "no") == "no", f"{name} is one-shot and must not restart"
    for name in _long_running(services):
        assert services[name].get("restart") in {"unless-stopped", "always"}, f"{name} should restart"


def test_every_long_running_service_has_a_healthcheck(services: dict[str, dict[str, Any]]) -> None:
    missing = [
        name for name in _long_running(services) if not services[name].get("healthcheck", {}).get("test")
    ]
    assert missing == []


def test_worker_healthcheck_uses_monitor_health(services: dict[str, dict[str, Any]]) -> None:
    assert services["worker"]["healthcheck"]["test"] == ["CMD", "monitor", "health"]


def test_depends_on_conditions(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        depends = service.get("depends_on") or {}
        assert isinstance(depends, dict), f"{name}: use depends_on with conditions"
        for dependency, spec in depends.items():
            assert dependency in services, f"{name} depends on unknown service {dependency}"
            condition = spec.get("condition")
            assert condition in DEPENDS_CONDITIONS, f"{name} -> {dependency}: condition {condition!r}"
            if condition == "service_healthy":
                assert services[dependency].get("healthcheck"), f"{dependency} has no healthcheck to wait for"
            if condition == "service_completed_successfully":
                assert dependency in ONE_SHOT_SERVICES, f"{dependency} is not a one-shot service"


def test_worker_waits_for_its_dependencies(services: dict[str, dict[str, Any]]) -> None:
    depends = services["worker"]["depends_on"]
    assert depends["kafka-init"]["condition"] == "service_completed_successfully"
    assert depends["redis"]["condition"] == "service_healthy"


def test_volumes_exist(compose: dict[str, Any], services: dict[str, dict[str, Any]]) -> None:
    named = set((compose.get("volumes") or {}).keys())
    for name, service in services.items():
        for volume in service.get("volumes") or []:
            source = volume["source"] if isinstance(volume, dict) else volume.split(":", 1)[0]
            if source.startswith((".", "/")):
                assert (ROOT / source).resolve().exists(), f"{name}: mounted path {source} is not in the repo"
            else:
                assert source in named, f"{name}: named volume {source} is not declared"


def test_kafka_is_kraft_and_topics_are_created(services: dict[str, dict[str, Any]]) -> None:
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = _environment(kafka)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    script = "\n".join(services["kafka-init"]["command"])
    assert "kafka-topics.sh" in script
    for topic in ("posts", "matches", "alerts", "incidents", "posts.dlq"):
        assert re.search(rf"create {re.escape(topic)} ", script), f"topic {topic} is not created"
    assert _environment(services["kafka-init"])["POSTS_PARTITIONS"] == "${POSTS_PARTITIONS:-12}"


def test_redis_has_search_persistence_and_password(services: dict[str, dict[str, Any]]) -> None:
    redis = services["redis"]
    assert redis["image"].startswith("redis:8")
    command = redis["command"]
    assert command[command.index("--appendonly") + 1] == "yes"
    assert command[command.index("--requirepass") + 1].startswith("${REDIS_PASSWORD:-")


def test_observability_mounts(services: dict[str, dict[str, Any]]) -> None:
    assert "./deploy/prometheus:/etc/prometheus:ro" in services["prometheus"]["volumes"]
    grafana_mounts = services["grafana"]["volumes"]
    assert "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro" in grafana_mounts
    assert "./deploy/grafana/dashboards:/etc/grafana/dashboards:ro" in grafana_mounts


# --- Dockerfile ------------------------------------------------------------------------------------------


def test_dockerfile() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM \$\{PYTHON_IMAGE\}\s*$", text, re.M)
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in text
    assert re.search(r"pip install .*\s\.\s", text), "the project is installed with `pip install .`"
    assert "HF_HUB_OFFLINE=1" in text
    users = re.findall(r"^USER\s+(\S+)", text, re.M)
    assert users, "the image must switch to a non-root user"
    assert users[-1] not in {"root", "0"}, "the image must run as a non-root user"
    assert 'ENTRYPOINT ["monitor"]' in text
    assert 'CMD ["worker"]' in text
    assert re.search(r"^HEALTHCHECK .*\n?.*CMD \[\"monitor\", \"health\"\]", text, re.M)


# --- Prometheus ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rules() -> list[dict[str, Any]]:
    data = load_yaml(RULES)
    return [rule for group in data["groups"] for rule in group["rules"]]


def test_prometheus_discovers_workers_by_dns() -> None:
    config = load_yaml(PROMETHEUS_CONFIG)
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    worker = jobs["monitor-worker"]
    assert worker["dns_sd_configs"] == [
        {"names": ["worker"], "type": "A", "port": 9300, "refresh_interval": "15s"}
    ]
    assert "monitor-api" in jobs
    for rule_file in config["rule_files"]:
        assert (PROMETHEUS_CONFIG.parent / rule_file).exists()
    targets = config["alerting"]["alertmanagers"][0]["static_configs"][0]["targets"]
    assert targets == ["alertmanager:9093"]


def test_alertmanager_routes_to_a_webhook() -> None:
    config = load_yaml(ALERTMANAGER_CONFIG)
    receivers = {r["name"]: r for r in config["receivers"]}
    assert config["route"]["receiver"] in receivers
    assert receivers[config["route"]["receiver"]]["webhook_configs"][0]["url"].startswith("http")


def test_every_expected_alert_exists(rules: list[dict[str, Any]]) -> None:
    names = [rule["alert"] for rule in rules if "alert" in rule]
    assert len(names) == len(set(names)), "duplicate alert names"
    assert set(names) >= EXPECTED_ALERTS


def test_rules_are_documented(rules: list[dict[str, Any]]) -> None:
    for rule in rules:
        name = rule.get("alert") or rule.get("record")
        if "alert" not in rule:
            continue
        assert rule.get("labels", {}).get("severity") in SEVERITIES, name
        annotations = rule.get("annotations", {})
        for key in ("summary", "description", "runbook_url"):
            assert annotations.get(key), f"{name}: annotation {key} missing"
        runbook = annotations["runbook_url"]
        assert re.fullmatch(r"docs/runbooks/[a-z0-9-]+\.md", runbook), f"{name}: {runbook}"
        assert (ROOT / runbook).is_file(), f"{name}: runbook {runbook} does not exist"


def test_rules_use_only_exported_metrics(rules: list[dict[str, Any]]) -> None:
    for rule in rules:
        assert unknown_metrics(rule["expr"]) == set(), rule.get("alert")


def test_runbook_index_lists_every_runbook(rules: list[dict[str, Any]]) -> None:
    index = (RUNBOOKS / "README.md").read_text(encoding="utf-8")
    for rule in rules:
        if "alert" in rule:
            assert rule["alert"] in index
            assert Path(rule["annotations"]["runbook_url"]).name in index
    for page in RUNBOOKS.glob("*.md"):
        if page.name != "README.md":
            assert f"({page.name})" in index, f"{page.name} is not linked from the index"


def test_every_alert_has_firing_and_quiet_unit_tests() -> None:
    data = load_yaml(RULES_TEST)
    fires: set[str] = set()
    quiet: set[str] = set()
    for case in data["tests"]:
        for check in case.get("alert_rule_test", []):
            (fires if check.get("exp_alerts") else quiet).add(check["alertname"])
    assert fires >= EXPECTED_ALERTS, f"never tested firing: {EXPECTED_ALERTS - fires}"
    assert quiet >= EXPECTED_ALERTS, f"never tested quiet: {EXPECTED_ALERTS - quiet}"


def _promtool() -> str:
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool is not on PATH (CI installs it: apt-get install prometheus)")
    return promtool


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)


def test_promtool_check_rules() -> None:
    result = _run(_promtool(), "check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_test_rules() -> None:
    result = _run(_promtool(), "test", "rules", str(RULES_TEST))
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_check_config() -> None:
    # Checks the scrape config and the rule files it names; DNS names resolve only inside compose and
    # promtool does not resolve them.
    result = _run(_promtool(), "check", "config", str(PROMETHEUS_CONFIG))
    assert result.returncode == 0, result.stdout + result.stderr


# --- Grafana ---------------------------------------------------------------------------------------------


def _panels(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for panel in dashboard.get("panels", []):
        out.append(panel)
        out.extend(panel.get("panels", []))  # panels inside collapsed rows
    return out


@pytest.fixture(scope="module", params=DASHBOARDS, ids=[p.name for p in DASHBOARDS])
def dashboard(request: pytest.FixtureRequest) -> dict[str, Any]:
    return json.loads(request.param.read_text(encoding="utf-8"))


def test_there_is_an_overview_dashboard() -> None:
    assert GRAFANA_DIR / "dashboards" / "monitor-overview.json" in DASHBOARDS


def test_dashboard_shape(dashboard: dict[str, Any]) -> None:
    assert dashboard["schemaVersion"] >= 38
    assert dashboard.get("uid")
    assert dashboard.get("title")
    ids = [panel["id"] for panel in _panels(dashboard)]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    types = {panel["type"] for panel in _panels(dashboard)}
    assert types <= {"row", "timeseries", "stat", "bargauge", "table", "text", "gauge"}
    assert {"timeseries", "stat"} <= types


def test_dashboard_queries_use_only_exported_metrics(dashboard: dict[str, Any]) -> None:
    exprs = [t["expr"] for p in _panels(dashboard) for t in p.get("targets", []) if "expr" in t]
    assert exprs
    for expr in exprs:
        assert unknown_metrics(expr) == set(), expr
    used = set().union(*(metric_names(expr) for expr in exprs))
    # Everything the worker exports, and the console's queue metrics, are on some panel of the overview.
    missing = (EXPORTED_METRICS | API_CONSOLE_METRICS) - used
    assert missing == set(), f"not on any panel: {missing}"


def test_dashboard_covers_the_key_views(dashboard: dict[str, Any]) -> None:
    exprs = "\n".join(t["expr"] for p in _panels(dashboard) for t in p.get("targets", []) if "expr" in t)
    for needle in (
        "histogram_quantile(0.99",
        "histogram_quantile(0.50",
        "topk(10, sum by (template_id) (rate(monitor_template_alerts_total",
        "by (outcome)",
        "by (category)",
        "by (severity)",
        "by (reason)",
        "by (sink)",
        "by (dependency)",
    ):
        assert needle in exprs


def test_grafana_provisioning_matches_dashboard_and_compose(dashboard: dict[str, Any]) -> None:
    datasources = load_yaml(GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml")["datasources"]
    uids = {ds["uid"] for ds in datasources}
    assert datasources[0]["url"] == "http://prometheus:9090"
    variable = next(v for v in dashboard["templating"]["list"] if v["type"] == "datasource")
    assert variable["current"]["value"] in uids
    for panel in _panels(dashboard):
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] in uids | {"${datasource}"}
    providers = load_yaml(GRAFANA_DIR / "provisioning" / "dashboards" / "dashboards.yml")["providers"]
    assert providers[0]["options"]["path"] == "/etc/grafana/dashboards"


# --- a fresh worker's /metrics ---------------------------------------------------------------------------


def _series(exposition: str) -> set[str]:
    names = set()
    for line in exposition.splitlines():
        if line and not line.startswith("#"):
            name = line.split("{", 1)[0].split(" ", 1)[0]
            names.add(name)
            for suffix in HISTOGRAM_SUFFIXES:
                if name.endswith(suffix):
                    names.add(name.removesuffix(suffix))
    return names


def test_known_label_values_start_at_zero() -> None:
    """A labelled counter has no series until its first increment, so rate() misses the first dead letters
    and a panel shows "No data": the worker's start-up initialises every known label value at zero."""
    from monitor.pipeline.metrics import DEAD_LETTER_REASONS, Metrics

    m = Metrics()
    m.init_sink("webhook")
    m.init_hooks(["incidents", "retro"])
    m.init_catalogue([("t1", "scam", "high"), ("t2", "rumour", "medium")])
    text = m.render().decode()
    for reason in DEAD_LETTER_REASONS:
        assert f'monitor_dead_letters_total{{reason="{reason}"}} 0.0' in text
    assert 'monitor_sink_failures_total{sink="webhook"} 0.0' in text
    assert 'monitor_hook_errors_total{hook="retro"} 0.0' in text
    assert 'monitor_alerts_total{category="scam",severity="high"} 0.0' in text
    assert 'monitor_template_alerts_total{template_id="t2"} 0.0' in text
    assert 'monitor_posts_processed_total{outcome="unmatched"} 0.0' in text


def test_a_configured_sink_starts_its_counters_at_zero() -> None:
    from monitor.pipeline.metrics import Metrics
    from monitor.pipeline.sinks import DurableDelivery, WebhookSink
    from monitor.storage.keys import Keys

    m = Metrics()
    DurableDelivery(WebhookSink("http://127.0.0.1:9/hook"), client=None, keys=Keys("t"), metrics=m)  # type: ignore[arg-type]
    text = m.render().decode()
    assert 'monitor_sink_failures_total{sink="webhook"} 0.0' in text
    assert 'monitor_sink_deliveries_total{sink="webhook"} 0.0' in text


def test_every_queried_metric_has_a_series_before_any_post() -> None:
    """What dashboards and rules query has a series on a fresh worker's registry, except what only a live
    worker sets (dependency_up on connecting, consumer lag on partition assignment): the integration test
    (tests/integration/test_worker.py) checks those on a real fresh worker."""
    from monitor.pipeline.metrics import Metrics
    from tests.integration.test_worker import queried_metrics

    m = Metrics()
    m.set_build("all-MiniLM-L6-v2", "torch")
    m.init_catalogue([("t1", "scam", "high")])
    m.init_sink("webhook")
    m.init_hooks(["incidents"])  # the worker starts its configured hooks' series at zero
    live_only = {"monitor_dependency_up", "monitor_consumer_lag_messages"}
    from prometheus_client import generate_latest

    from monitor.api.middleware import ApiMetrics  # the console's queue metrics come from `monitor api`

    api = _series(generate_latest(ApiMetrics(read_only=False).registry).decode())
    missing = queried_metrics() - _series(m.render().decode()) - api - live_only
    assert not missing, f"no series before the first event: {sorted(missing)}"
