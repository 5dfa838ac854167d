"""The console in a real headless browser (Debian's chromium + chromium-driver, driven by selenium) against
the real worker, broker and Redis and ``monitor api``: sign in, watch an incident arrive live, open it,
Confirm one alert and mark another False positive (checked through the API), a viewer is refused, and
hostile posts show as text and run nothing. Takes the screenshots of docs/CONSOLE.md: into the test's own
folder, or over docs/console/*.png with ``MONITOR_UPDATE_SCREENSHOTS=1`` (a test run leaves the checkout as
it found it).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from monitor.core.models import TemplateIn
from monitor.storage.kafka import produce_lines
from monitor.storage.keys import Keys
from monitor.storage.registry import TemplateRegistry

from ..conftest import ROOT, env_for
from .helpers import running_worker
from .test_api import serving

pytestmark = pytest.mark.integration

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip(
        "chromium/chromedriver not installed (make test installs them as root: apt-get install chromium "
        "chromium-driver)",
        allow_module_level=True,
    )
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import (  # noqa: E402
    NoSuchElementException,
    StaleElementReferenceException,
    TimeoutException,
)
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

TOKEN = "console-bootstrap-s3cret"
SHOTS = ROOT / "docs" / "console"
TEMPLATE = TemplateIn(
    id="sora-course",
    category="scam",
    severity="high",
    text="Learn Sora now: paid Sora video course for 99 yuan, scan the QR code to join the group",
    examples=("Sora tutorial class only 199 RMB, pay and join our WeChat group",),
    threshold=0.5,
)
POSTS = [
    ("Learn Sora now: paid Sora video course for 99 yuan, scan the QR code to join the group", "alice"),
    ("Sora tutorial class only 199 RMB, pay and join our WeChat group today", "bob"),
    (
        'Learn Sora now: paid Sora video course for 99 yuan <script>window.__pwned="script"</script> '
        "<img src=x onerror=\"window.__pwned='img'\"> scan the QR code to join the group",
        "<img src=x onerror=\"window.__pwned='author'\">",
    ),
    ("S0RA video course only 99 yuan!! scan the QR code and join our group to learn it fast", "dan"),
]
# unmatched posts that come close to the template: shown beside its incident as near misses
NEAR_MISSES = [
    (
        "Warning: the paid Sora video course for 99 yuan is a scam, do not scan the QR code or join the group "
        '<script>window.__pwned="near-miss"</script>',
        "<b>factcheck</b>",
    ),
    ("Fact check: that Sora course for 99 yuan is fake, nobody needs to pay to learn Sora", "debunker"),
    ("Sora course?", "shorty"),
]


def users_add(settings: Any, name: str, role: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "users", "add", name, "--role", role, "--json"],
        env=env_for(settings),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    )
    return str(json.loads(out.stdout)["token"])


@contextlib.contextmanager
def browser(tmp_path: Path) -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1400,1000",
    ):  # fmt: skip
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path=CHROMEDRIVER, log_output=str(tmp_path / "driver.log"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def wait(driver: Any, condition: Callable[[Any], Any], timeout_s: float = 30, what: str = "") -> Any:
    try:
        ignored = (NoSuchElementException, StaleElementReferenceException)  # htmx swaps elements
        return WebDriverWait(driver, timeout_s, poll_frequency=0.25, ignored_exceptions=ignored).until(
            condition
        )
    except TimeoutException:
        shot = SHOTS.parent.parent / ".pytest_cache" / "console-failure.png"
        shot.parent.mkdir(exist_ok=True)
        driver.save_screenshot(str(shot))
        raise AssertionError(  # noqa: B904
            f"timed out waiting for {what}: {driver.current_url}\n{driver.page_source[-3000:]}"
        )


def sign_in(driver: Any, base: str, token: str) -> None:
    driver.delete_all_cookies()
    driver.get(f"{base}/")
    wait(driver, lambda d: "/signin" in d.current_url, what="the sign-in page")
    field = driver.find_element(By.NAME, "token")
    field.send_keys(token)
    driver.find_element(By.ID, "signin").click()
    wait(driver, lambda d: d.find_elements(By.ID, "queue"), what="the queue after sign-in")


def first_incident_link(driver: Any) -> str | None:
    """The href of the queue's first incident (re-read: live updates replace the rows)."""
    with contextlib.suppress(Exception):
        return str(driver.find_element(By.CSS_SELECTOR, "#queue-body tr.row a.tid").get_attribute("href"))
    return None


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where the screenshots go: docs/console when asked to refresh them, else the test's own folder."""
    return SHOTS if os.environ.get("MONITOR_UPDATE_SCREENSHOTS") == "1" else tmp_path / "console"


def shoot(driver: Any, shots: Path, name: str) -> None:
    shots.mkdir(parents=True, exist_ok=True)
    path = shots / f"{name}.png"
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 0, path


def test_console_end_to_end_in_a_real_browser(
    settings: Any, redis_conn: Any, embedder: Any, tmp_path: Path, shots: Path
) -> None:
    keys = Keys(settings.redis_prefix)
    TemplateRegistry(redis_conn, keys, embedder).upsert_many([TEMPLATE])
    reviewer = users_add(settings, "rita", "reviewer")
    viewer = users_add(settings, "vic", "viewer")
    env = {"MONITOR_API_TOKEN": TOKEN, "MONITOR_INCIDENT_TICK_S": "1"}
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with (
        running_worker(settings, tmp_path / "worker.log", **env),
        serving(settings, tmp_path / "api.log", **env) as base,
        browser(tmp_path) as driver,
    ):
        assert httpx.get(f"{base}/incidents").status_code == 401
        driver.get(f"{base}/")
        wait(driver, lambda d: "/signin" in d.current_url, what="a redirect to sign in")
        shoot(driver, shots, "signin")
        sign_in(driver, base, reviewer)
        wait(
            driver, lambda d: d.find_element(By.ID, "conn").get_attribute("data-state") == "live", what="live"
        )
        # the live feed follows the broker's topics (one watcher in the API process), not a Redis poll
        wait(
            driver,
            lambda d: d.find_element(By.ID, "conn").get_attribute("data-source") == "topics",
            what="the badge's source: topics",
        )
        driver.execute_script("window.__stillHere = 1")  # gone if the page reloads

        posts = [
            {
                "id": f"web-{i}",
                "text": text,
                "author": author,
                "lang": "en",
                "url": f"https://x.example/{i}?a=1&b=2",
            }
            for i, (text, author) in enumerate(POSTS + NEAR_MISSES)
        ]
        produce_lines(settings, [json.dumps(p).encode() for p in posts])
        wait(
            driver,
            lambda d: "sora-course" in d.find_element(By.ID, "queue-body").text,
            timeout_s=120,
            what="the incident to arrive live",
        )
        assert driver.execute_script("return window.__stillHere") == 1, (
            "the queue must update without a reload"
        )
        time.sleep(2.5)  # let the last alerts of the burst land (the count in the screenshot)
        shoot(driver, shots, "queue")

        driver.get(wait(driver, first_incident_link, what="the incident link"))
        wait(
            driver,
            lambda d: len(d.find_elements(By.CSS_SELECTOR, "li.alert")) >= 3,
            what="the alerts",
            timeout_s=60,
        )
        driver.refresh()
        alerts = {
            el.get_attribute("data-alert"): el for el in driver.find_elements(By.CSS_SELECTOR, "li.alert")
        }

        # hostile post and author: shown as text, nothing ran
        hostile = [
            el for el in alerts.values() if "__pwned" in el.find_element(By.CSS_SELECTOR, ".post-text").text
        ]
        assert hostile, "the hostile post is listed"
        text = hostile[0].find_element(By.CSS_SELECTOR, ".post-text").text
        assert "<script>" in text and "onerror=" in text
        assert "<img" in hostile[0].find_element(By.CSS_SELECTOR, ".author").text
        assert not hostile[0].find_elements(By.CSS_SELECTOR, ".post-text img, .post-text script, .author img")
        assert driver.execute_script("return window.__pwned === undefined")
        links = driver.find_elements(By.CSS_SELECTOR, "a.post-link")
        assert links and all(link.get_attribute("rel") == "noopener noreferrer" for link in links)

        first, second = [a for a in alerts if a not in {h.get_attribute("data-alert") for h in hostile}][:2]
        alerts[first].find_element(By.XPATH, ".//button[normalize-space()='Confirm']").click()
        wait(
            driver,
            lambda d: d.find_element(By.ID, f"verdict-{first}").text.startswith("confirmed"),
            what="Confirm",
        )
        alerts[second].find_element(By.XPATH, ".//button[normalize-space()='False positive']").click()
        wait(
            driver,
            lambda d: d.find_element(By.ID, f"verdict-{second}").text.startswith("false positive"),
            what="False positive",
        )
        driver.find_element(By.ID, "take").click()
        wait(driver, lambda d: d.find_element(By.ID, "holder").text == "rita", what="the holder")
        shoot(driver, shots, "incident")

        # near misses beside the incident: the debunks a guard stopped, with score and reason, as text
        misses = driver.find_elements(By.CSS_SELECTOR, "li.near-miss")
        assert misses, "the debunks of the scam are listed as near misses"
        assert all(m.find_element(By.CSS_SELECTOR, ".reason").text for m in misses)
        assert all("score" in m.find_element(By.CSS_SELECTOR, ".score").text for m in misses)
        assert not driver.find_elements(By.CSS_SELECTOR, "li.near-miss script, li.near-miss b")
        assert driver.execute_script("return window.__pwned === undefined")
        driver.execute_script(
            "arguments[0].scrollIntoView({block: 'start'})", driver.find_element(By.ID, "near-misses")
        )
        shoot(driver, shots, "incident-near-misses")

        # through the API: what the buttons recorded
        assert httpx.get(f"{base}/alerts/{first}/feedback", headers=auth).json()["verdict"] == "confirmed"
        assert (
            httpx.get(f"{base}/alerts/{second}/feedback", headers=auth).json()["verdict"] == "false-positive"
        )
        summary = httpx.get(f"{base}/templates/sora-course/feedback", headers=auth).json()
        assert (summary["confirmed"], summary["false-positive"]) == (1, 1)
        [queued] = httpx.get(f"{base}/incidents", headers=auth).json()
        assert queued["holder"] == "rita"

        # a viewer sees everything and is refused every action
        incident_url = driver.current_url
        sign_in(driver, base, viewer)
        driver.get(incident_url)
        other = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "li.alert"), what="viewer's page")
        target = next(el for el in other if el.get_attribute("data-alert") not in (first, second))
        target_id = target.get_attribute("data-alert")
        target.find_element(By.XPATH, ".//button[normalize-space()='Confirm']").click()
        wait(
            driver,
            lambda d: "Refused" in d.find_element(By.ID, f"alert-{target_id}").text,
            what="the refusal",
        )
        assert httpx.get(f"{base}/alerts/{target_id}/feedback", headers=auth).status_code == 404
        driver.find_element(By.ID, "take").click()
        wait(driver, lambda d: "Refused" in d.page_source, what="take refused")
        assert httpx.get(f"{base}/incidents", headers=auth).json()[0]["holder"] == "rita"

        # the other pages, for the docs
        sign_in(driver, base, reviewer)
        driver.get(f"{base}/ui/alerts?q=sora&template_id=sora-course")
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "table.results tbody tr"), what="search")
        assert "<script>window" not in driver.page_source  # the hostile post is text in the results too
        assert driver.execute_script("return window.__pwned === undefined")
        shoot(driver, shots, "search")
        sign_in(driver, base, TOKEN)  # the bootstrap admin (MONITOR_API_TOKEN) can edit templates
        driver.get(f"{base}/ui/templates")
        # an editor registers a spelling of the wave's name in the real browser: the form posts, the
        # registry holds it, the page lists it
        driver.find_element(By.NAME, "alias").send_keys("索拉")
        driver.find_element(By.NAME, "name").send_keys("Sora")
        driver.find_element(By.XPATH, "//button[text()='Add spelling']").click()
        wait(driver, lambda d: "<td>索拉</td><td>Sora</td>" in d.page_source, what="the spelling listed")
        assert httpx.get(f"{base}/spellings").json() == [{"alias": "索拉", "name": "Sora"}]
        shoot(driver, shots, "templates")
        driver.get(f"{base}/ui/templates/sora-course/edit")
        driver.find_element(By.ID, "try-text").send_keys("Join the Sora course for 99 yuan, scan the QR code")
        driver.find_element(By.ID, "try").click()
        wait(driver, lambda d: d.find_elements(By.ID, "try-out"), what="the try-it result", timeout_s=60)
        tried = driver.find_element(By.ID, "try-out").text
        assert "sora-course" in tried and "confidence" in tried, tried
        shoot(driver, shots, "template-try")
        threshold = driver.find_element(By.ID, "f-threshold")
        threshold.clear()
        threshold.send_keys("7")
        driver.find_element(By.ID, "save").click()
        error = wait(driver, lambda d: d.find_elements(By.ID, "error-threshold"), what="the field error")[0]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", error)
        shoot(driver, shots, "template-form")
        assert httpx.get(f"{base}/templates/sora-course").json()["threshold"] == 0.5  # nothing saved

        # history with diffs: a new version changes the text and adds an example
        changed = TEMPLATE.model_copy(
            update={
                "text": "Learn Sora now: paid Sora video course for 199 yuan, scan the QR code to join the group",
                "examples": (*TEMPLATE.examples, "Sora course <b>cheap</b>, DM for the QR code"),
            }
        ).model_dump(mode="json")
        res = httpx.put(f"{base}/templates/sora-course", json=changed, headers=auth, timeout=60)
        assert res.status_code == 200, res.text
        driver.get(f"{base}/ui/templates/sora-course/edit")
        row = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "table.diff tr[data-field='text']"))[0]
        assert row.find_element(By.TAG_NAME, "del").text == "99"
        assert row.find_element(By.TAG_NAME, "ins").text == "199"
        examples = driver.find_element(By.CSS_SELECTOR, "table.diff tr[data-field='examples'] li.insert")
        assert examples.text == "Sora course <b>cheap</b>, DM for the QR code"  # escaped, shown as text
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", row)
        shoot(driver, shots, "template-history")

        # /docs: Swagger UI served by the API itself, working under the CSP with no outside request
        driver.get(f"{base}/docs")
        wait(
            driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".swagger-ui .info .title"), what="Swagger UI"
        )
        assert "rumour-monitor ops API" in driver.find_element(By.CSS_SELECTOR, ".swagger-ui .info").text
        outside = driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
            ".filter(n => !n.startsWith(location.origin) && !n.startsWith('data:'))"
        )
        assert outside == [], outside
        logs = [
            e
            for e in driver.get_log("browser")
            if e.get("level") == "SEVERE" and "Content Security" in e["message"]
        ]
        assert logs == [], logs  # the console itself needs nothing the CSP forbids
