"""The console in a real browser: Debian's Chromium driven by Selenium through Debian's
chromedriver (installed by `make browser`, part of `make test`). Selenium Manager never runs:
the driver's path is given, and the test fails if Selenium tries to find one itself.

Each page's main flow against the session's Serve app, and no errors in the browser's console.
Screenshots go to $IMPRIMATUR_CONSOLE_SCREENSHOTS (docs/console for the README) or a temp dir.
"""

from __future__ import annotations

import base64
import io
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import httpx
import pytest
from PIL import Image
from selenium import webdriver
from selenium.common.exceptions import (
    NoSuchElementException,
    StaleElementReferenceException,
    TimeoutException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.selenium_manager import SeleniumManager
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.conftest import DEV_KEY, tenant_key

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
)
RECORD_ID = re.compile(r"^[0-9a-f]{16}$")
HARMFUL = "explicit photo of a naked woman, genitals visible"


class BrowserSession:
    """The driver plus what the tests share: base URL, download and screenshot folders."""

    def __init__(self, driver: webdriver.Chrome, base: str, downloads: Path, shots: Path):
        self.driver = driver
        self.base = base
        self.downloads = downloads
        self.shots = shots

    def open(self, page: str) -> None:
        self.driver.get(f"{self.base}/console/{page}")

    def wait(self, condition, timeout: float = 120):
        # A page that redraws may swap an element between finding and reading it: try again.
        return WebDriverWait(
            self.driver,
            timeout,
            poll_frequency=0.2,
            ignored_exceptions=(NoSuchElementException, StaleElementReferenceException),
        ).until(condition)

    def by_id(self, element_id: str):
        return self.driver.find_element(By.ID, element_id)

    def text(self, element_id: str) -> str:
        return self.by_id(element_id).text

    def use_key(self, key: str) -> None:
        """Type a key into the page's key form, starting from a tab that keeps none."""
        self.driver.execute_script("window.sessionStorage.clear()")
        self.driver.refresh()
        self.wait(lambda d: d.execute_script("return document.readyState") == "complete", 30)
        # Typing can land in the document the refresh is replacing, and the new page then
        # submits an empty field ("Enter an API key first."): type again into the page that
        # answered, which must then take the key. Any other status is a failure at once.
        for _ in range(3):
            field = self.by_id("key")
            field.clear()
            field.send_keys(key)
            self.driver.find_element(By.CSS_SELECTOR, "#key-form button[type=submit]").click()
            try:
                self.wait(lambda d: "Using a key" in self.text("key-status"), 30)
                return
            except TimeoutException:
                status = self.text("key-status")
                if status != "Enter an API key first.":
                    break
        log = self.driver.get_log("browser")
        raise AssertionError(f"key not taken: {status!r} {log}")

    def urls_seen(self) -> list[str]:
        """The page's URL and every URL it requested (the Resource Timing entries)."""
        return [self.driver.current_url] + self.driver.execute_script(
            "return performance.getEntriesByType('resource').map((entry) => entry.name)"
        )

    def screenshot(self, name: str) -> Path:
        """The whole page (the window grows to its height), as docs/console/<name>.png."""
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(1280, min(max(int(height) + 160, 800), 2800))
        path = self.shots / f"{name}.png"
        self.driver.save_screenshot(str(path))
        self.driver.set_window_size(1280, 1000)
        with Image.open(path) as shot:  # a palette PNG: a third of the size, same look
            shot.convert("RGB").quantize(256).save(path, optimize=True)
        return path

    def fits_narrow_screen(self, width: int = 390) -> bool:
        """No sideways scrolling on a phone-sized window (wide tables scroll in their box)."""
        self.driver.set_window_size(width, 900)
        try:
            return self.driver.execute_script(
                "return document.documentElement.scrollWidth <= window.innerWidth"
            )
        finally:
            self.driver.set_window_size(1280, 1000)

    def console_errors(self, expected: tuple[str, ...] = ()) -> list[dict]:
        """Severe entries of the browser's console since the last call, less the expected
        failed requests (e.g. the refusal's 400), matched by URL fragment."""
        entries = self.driver.get_log("browser")
        return [
            entry
            for entry in entries
            if entry["level"] == "SEVERE"
            and not any(fragment in entry["message"] for fragment in expected)
        ]


@pytest.fixture(scope="module")
def browser(serve_app: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserSession]:
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.is_file()]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: `make browser` installs Debian's chromium")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    downloads = tmp_path_factory.mktemp("downloads")
    shots = Path(os.environ.get("IMPRIMATUR_CONSOLE_SCREENSHOTS") or tmp_path_factory.mktemp("s"))
    shots.mkdir(parents=True, exist_ok=True)
    refuse = mock.patch.object(
        SeleniumManager, "binary_paths", side_effect=AssertionError("Selenium Manager ran")
    )
    with refuse:
        driver = webdriver.Chrome(
            service=Service(executable_path=str(CHROMEDRIVER)), options=options
        )
    try:
        driver.execute_cdp_cmd(
            "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
        )
        yield BrowserSession(driver, serve_app, downloads, shots)
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def made_image(serve_app: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    """An image the service made (PNG with credentials) and its metadata-stripped JPEG copy."""
    answer = httpx.post(
        f"{serve_app}/v1/images/generations",
        json={"model": "tiny-sdxl", "prompt": "a lighthouse at dusk", "size": "256x256", "seed": 3},
        headers={"Authorization": f"Bearer {DEV_KEY}"},
        timeout=120,
    )
    assert answer.status_code == 200, answer.text
    item = answer.json()["data"][0]
    folder = tmp_path_factory.mktemp("images")
    png = folder / "made-by-imprimatur.png"
    png.write_bytes(base64.b64decode(item["b64_json"]))
    stripped = io.BytesIO()
    Image.open(png).convert("RGB").save(stripped, "JPEG", quality=80)
    jpeg = folder / "stripped-copy.jpg"
    jpeg.write_bytes(stripped.getvalue())
    return item["record_id"], png, jpeg


def _check(browser: BrowserSession, path: Path) -> None:
    browser.by_id("file").send_keys(str(path))
    browser.wait(lambda d: f"Checked “{path.name}”" in browser.text("status"))


def test_check_page_recognises_the_image_and_its_stripped_copy(browser, made_image):
    record_id, png, jpeg = made_image
    browser.open("check")
    _check(browser, png)
    assert browser.text("verdict-title").startswith("Yes: this service")
    facts = browser.text("facts")
    assert "Trusted" in facts and record_id in facts
    assert "trainedAlgorithmicMedia" in facts and "tiny-sdxl" in facts
    assert record_id in browser.text("verdict-how")
    browser.driver.find_element(By.CSS_SELECTOR, "#codes-box summary").click()
    assert "claimSignature.validated" in browser.text("codes") or "Trusted" in browser.text("codes")
    browser.screenshot("check")

    _check(browser, jpeg)
    assert browser.text("verdict-title").startswith("Yes: this service")
    facts = browser.text("facts")
    assert "Absent" in facts and "Trusted" not in facts
    assert f"found, record id {record_id}" in facts
    browser.screenshot("check-stripped")

    Image.new("RGB", (256, 256), (90, 140, 200)).save(png.with_name("unmarked.png"))
    _check(browser, png.with_name("unmarked.png"))
    assert browser.text("verdict-title") == "No sign that this service made this image."
    assert browser.console_errors() == []


def test_playground_generates_and_charts_the_server_timing(browser, serve_app):
    browser.open("")
    browser.use_key(DEV_KEY)
    browser.wait(lambda d: Select(browser.by_id("model")).options)
    Select(browser.by_id("model")).select_by_value("tiny-sdxl")
    Select(browser.by_id("size")).select_by_value("256x256")
    browser.by_id("prompt").send_keys("a red bicycle leaning on a blue wall")
    browser.by_id("seed").send_keys("11")
    browser.by_id("generate").click()
    browser.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#images .record-id"))
    record_id = browser.driver.find_element(By.CSS_SELECTOR, "#images .record-id").text
    assert RECORD_ID.match(record_id)
    image = browser.driver.find_element(By.CSS_SELECTOR, "#images img")
    assert browser.driver.execute_script("return arguments[0].naturalWidth", image) == 256
    stages = browser.driver.find_elements(By.CSS_SELECTOR, "#timing-chart svg rect")
    labels = browser.text("timing-chart")
    assert len(stages) >= 5 and "generate" in labels and "c2pa" in labels and "total" in labels
    audited = httpx.get(
        f"{serve_app}/v1/audit/records/{record_id}",
        headers={"Authorization": f"Bearer {tenant_key(None, 'auditor')}"},
        timeout=30,
    )
    assert audited.status_code == 200 and audited.json()["outcome"] == "granted"
    assert not [url for url in browser.urls_seen() if DEV_KEY in url]
    browser.screenshot("playground")

    prompt = browser.by_id("prompt")
    prompt.clear()
    prompt.send_keys(HARMFUL)
    browser.by_id("generate").click()
    browser.wait(lambda d: browser.by_id("refusal").is_displayed())
    assert browser.text("refusal").startswith("Refused by the content policy")
    assert not browser.by_id("output").is_displayed()
    # the refusal's 400 is logged by the browser as a failed request; nothing else may be
    assert browser.console_errors(expected=("/v1/images/generations",)) == []


def test_audit_page_lists_details_verifies_and_exports(browser, made_image):
    record_id, _, _ = made_image
    browser.open("audit")
    browser.use_key(tenant_key(None, "auditor"))
    browser.wait(lambda d: "shown" in browser.text("records-status"))
    row = f'#records tr[data-record-id="{record_id}"]'
    while not browser.driver.find_elements(By.CSS_SELECTOR, row):
        assert browser.by_id("more").is_displayed(), "the record never appeared"
        shown = browser.text("records-status")
        browser.by_id("more").click()
        browser.wait(lambda d, before=shown: browser.text("records-status") != before)
    browser.driver.find_element(By.CSS_SELECTOR, f"{row} button").click()
    browser.wait(lambda d: record_id in browser.text("detail-title"))
    detail = browser.text("detail-body")
    assert "granted" in detail and "NSFW verdict" in detail and "urn:c2pa:" in detail
    browser.by_id("proof").click()  # the transparency log's inclusion proof of this record
    browser.wait(lambda d: "Leaf " in browser.text("detail-body"), 30)

    browser.by_id("verify").click()
    browser.wait(lambda d: "intact" in browser.text("chain-status"))
    checkpoint = browser.text("checkpoint")
    assert "Latest signed checkpoint" in checkpoint and "\n— " in checkpoint  # a signed note

    browser.by_id("export-csv").click()
    csv_file = browser.wait(lambda d: next(browser.downloads.glob("audit-*.csv"), None), 30)
    time.sleep(0.5)  # the download is renamed into place before it is complete on some builds
    lines = csv_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("seq,record_id,created,tenant,model")
    assert any(record_id in line for line in lines[1:])
    seen = browser.urls_seen()
    assert any("/v1/audit/records" in url for url in seen)
    assert not [url for url in seen if tenant_key(None, "auditor") in url]
    browser.driver.execute_script("window.scrollTo(0, 0)")
    browser.screenshot("audit")
    assert browser.console_errors() == []


def test_usage_page_draws_its_charts(browser):
    browser.open("usage")
    browser.use_key(tenant_key(None, "auditor"))
    browser.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#chart-days svg rect"))
    released = browser.wait(
        lambda d: d.find_element(By.CSS_SELECTOR, "#usage-stats .stat b").text.strip() or None
    )
    assert int(released) >= 1
    assert browser.wait(lambda d: "tiny-sdxl" in d.find_element(By.ID, "chart-models").text)
    assert browser.driver.find_elements(By.CSS_SELECTOR, "#chart-categories svg rect")  # refusals
    browser.screenshot("usage")
    browser.driver.refresh()  # the tab kept the key: the charts come back without typing it
    browser.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#chart-days svg rect"), 30)
    assert browser.by_id("key").get_attribute("value") == ""
    assert browser.console_errors() == []


@pytest.mark.parametrize("page", ["check", "", "audit", "usage"])
def test_pages_fit_a_phone_and_start_with_a_skip_link(browser, page):
    browser.open(page)
    browser.wait(lambda d: d.execute_script("return document.readyState") == "complete")
    assert browser.fits_narrow_screen()
    ActionChains(browser.driver).send_keys(Keys.TAB).perform()
    focused = browser.driver.switch_to.active_element
    assert focused.get_attribute("class") == "skip" and focused.is_displayed()
    assert browser.console_errors() == []
