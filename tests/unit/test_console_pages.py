"""The console's server side without Ray: pages and assets with a strict CSP, `GET /v1/whoami`,
`GET /v1/usage` and its counting (governance.audit.usage), and that every console file ships.

The pages' behaviour in a real browser is tested in tests/e2e/test_console.py.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from deployments.api import create_app
from deployments.api.console import ASSETS_DIR, CONTENT_SECURITY_POLICY, PAGES
from deployments.api.service import ApiService
from deployments.settings import parse_settings
from governance.audit import AuditRecord, open_store
from governance.audit.usage import refusal_category, summarize, usage
from governance.limits import MemoryLimitStore
from governance.tenants import hash_api_key

pytestmark = pytest.mark.unit

REPO_ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    ("acme", "generate"): "imp_unit_console_acme_generate",
    ("acme", "admin"): "imp_unit_console_acme_admin",
    ("globex", "admin"): "imp_unit_console_globex_admin",
    (None, "auditor"): "imp_unit_console_auditor",
}
NOW = datetime.now(UTC)


class NoBackendsFake:
    """A fake of `deployments.api.service.Backends`: the console's routes call no deployment,
    so every method fails loudly if one is ever called."""

    replica_id = "unit-console"

    def __getattr__(self, name: str):
        async def called(*args, **kwargs):
            raise AssertionError(f"the console must not call backends.{name}")

        return called


def record(tenant: str, outcome: str, when: datetime, reason: str | None = None, model="m1"):
    return AuditRecord(
        tenant=tenant,
        model=model,
        outcome=outcome,
        reason=reason,
        created=when,
        policy_version="unit-1",
        prompt_sha256="0" * 64,
        request_id=f"req-{when.timestamp()}",
    )


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    tenants = {
        "version": "unit-1",
        "tenants": [
            {
                "name": name,
                "keys": [
                    {"hash": hash_api_key(key), "role": role}
                    for (owner, role), key in KEYS.items()
                    if owner == name
                ],
            }
            for name in ("acme", "globex")
        ],
        "auditors": [{"hash": hash_api_key(KEYS[(None, "auditor")]), "role": "auditor"}],
    }
    (tmp_path / "tenants.yaml").write_text(yaml.safe_dump(tenants), encoding="utf-8")
    local = yaml.safe_load((REPO_ROOT / "config" / "local.yaml").read_text())
    args = local["applications"][0]["args"]
    args["tenants"] = []
    args["tenants_file"] = str(tmp_path / "tenants.yaml")
    audit = open_store(f"sqlite:///{tmp_path / 'audit.db'}")
    yesterday = NOW - timedelta(days=1)
    audit.append_many(
        [
            record("acme", "granted", yesterday),
            record("acme", "granted", NOW, model="m2"),
            record("acme", "refused", NOW, "sexual"),
            record("acme", "refused", NOW, "nsfw: EXPOSED_BREAST 0.91"),
            record("globex", "granted", NOW),
            record("globex", "failed", NOW, "c2pa"),
            record("globex", "granted", NOW - timedelta(days=40)),  # outside 30 days
        ]
    )
    service = ApiService(parse_settings(args), NoBackendsFake(), MemoryLimitStore(), audit=audit)
    return TestClient(create_app(service))


def bearer(tenant: str | None, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {KEYS[(tenant, role)]}"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text = ""
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_text += data


@pytest.mark.parametrize("page", sorted(PAGES))
def test_pages_are_served_with_a_strict_csp(client, page):
    answer = client.get(f"/console/{page}")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    csp = answer.headers["content-security-policy"]
    assert csp == CONTENT_SECURITY_POLICY
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'" and "unsafe" not in csp
    assert directives["img-src"] == "'self' data: blob:"
    assert directives["connect-src"] == "'self'" and directives["frame-ancestors"] == "'none'"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("page", sorted(PAGES))
def test_pages_hold_no_inline_code_and_every_asset_they_name_is_served(client, page):
    parser = _Tags()
    parser.feed(client.get(f"/console/{page}").text)
    assert parser.script_text.strip() == ""  # the CSP would block it anyway: keep none
    scripts = [attrs for tag, attrs in parser.tags if tag == "script"]
    assert scripts and all(a.get("type") == "module" and a.get("src") for a in scripts)
    for tag, attrs in parser.tags:
        assert "style" not in attrs, (tag, attrs)
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
    referenced = [a.get("src") or a.get("href") for t, a in parser.tags if t in ("script", "link")]
    for url in referenced:
        assert url.startswith("assets/"), url  # relative: works under a route prefix
        asset = client.get(f"/console/{url}")
        assert asset.status_code == 200, url
        assert asset.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    labelled = {a.get("for") for t, a in parser.tags if t == "label"}
    for tag, attrs in parser.tags:  # every form control has a label
        if tag in ("input", "select", "textarea"):
            assert attrs.get("id") in labelled, (page, tag, attrs)


def test_modules_import_only_shipped_files(client):
    for path in ASSETS_DIR.glob("*.js"):
        for name in re.findall(r'from "\./([^"]+)"', path.read_text()):
            assert (ASSETS_DIR / name).is_file(), (path.name, name)
        assert "innerHTML" not in path.read_text(), path.name  # data goes in as text only
        assert (
            client.get(f"/console/assets/{path.name}")
            .headers["content-type"]
            .startswith("text/javascript")
        )


def test_console_root_redirects_and_unknown_files_are_404(client):
    redirect = client.get("/console", follow_redirects=False)
    assert redirect.status_code == 308 and redirect.headers["location"] == "console/"
    assert client.get("/console/").status_code == 200
    for path in (
        "/console/nope",
        "/console/assets/nope.js",
        "/console/assets/..%2Fapi%2Fconsole.py",
        "/console/assets/index.html",  # pages only by their own route
        "/console/assets/.hidden.js",
    ):
        assert client.get(path).status_code == 404, path


def test_every_console_file_is_package_data():
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["deployments"]
    for path in ASSETS_DIR.iterdir():
        relative = path.relative_to(ASSETS_DIR.parent).as_posix()
        assert any(fnmatch.fnmatch(relative, p) for p in patterns), relative


def test_whoami_names_tenant_and_role_never_the_key(client):
    answer = client.get("/v1/whoami", headers=bearer("acme", "admin"))
    assert answer.status_code == 200
    body = answer.json()
    assert (body["tenant"], body["role"]) == ("acme", "admin")
    assert KEYS[("acme", "admin")] not in answer.text
    auditor = client.get("/v1/whoami", headers=bearer(None, "auditor")).json()
    assert auditor["tenant"] is None and auditor["role"] == "auditor"
    assert client.get("/v1/whoami").status_code == 401


def test_usage_counts_per_day_and_category_for_an_auditor(client):
    body = client.get("/v1/usage?days=30", headers=bearer(None, "auditor")).json()
    assert len(body["days"]) == 30 and body["days"][-1]["date"] == NOW.date().isoformat()
    today, yesterday = body["days"][-1], body["days"][-2]
    assert (today["images"], today["refused"], today["failed"]) == (2, 2, 1)
    assert yesterday["images"] == 1
    assert body["refusals_by_category"] == {"sexual": 1, "nsfw": 1}
    assert body["failures_by_stage"] == {"c2pa": 1}
    assert body["images_by_model"] == {"m1": 2, "m2": 1}
    assert body["records_scanned"] == 6 and body["truncated"] is False  # 40 days ago: not read
    globex = client.get("/v1/usage?tenant=globex", headers=bearer(None, "auditor")).json()
    assert globex["tenant"] == "globex" and globex["images_by_model"] == {"m1": 1}


def test_usage_is_scoped_like_the_audit_records(client):
    mine = client.get("/v1/usage", headers=bearer("acme", "admin")).json()
    assert mine["tenant"] == "acme" and mine["images_by_model"] == {"m1": 1, "m2": 1}
    other = client.get("/v1/usage?tenant=globex", headers=bearer("acme", "admin"))
    assert other.status_code == 403
    assert client.get("/v1/usage", headers=bearer("acme", "generate")).status_code == 403
    assert client.get("/v1/usage?days=0", headers=bearer(None, "auditor")).status_code == 400


def test_usage_scan_is_bounded_and_says_so(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'a.db'}")
    store.append_many([record("acme", "granted", NOW) for _ in range(7)])
    capped = usage(store, days=1, max_records=5)
    assert capped["truncated"] is True and capped["records_scanned"] == 5
    exact = usage(store, days=1, max_records=7)
    assert exact["truncated"] is False and exact["days"][0]["images"] == 7
    with pytest.raises(ValueError):
        usage(store, days=0)


def test_summary_zero_fills_days_and_names_categories():
    first = date(2026, 3, 1)
    when = datetime(2026, 3, 3, 23, 59, tzinfo=UTC)
    summary = summarize(
        [record("a", "refused", when, "withheld: signing"), record("a", "granted", when)],
        first,
        first + timedelta(days=3),
    )
    assert [d["date"] for d in summary["days"]] == [
        "2026-03-01",
        "2026-03-02",
        "2026-03-03",
        "2026-03-04",
    ]
    assert summary["days"][2] == {"date": "2026-03-03", "images": 1, "refused": 1, "failed": 0}
    assert summary["refusals_by_category"] == {"withheld": 1}
    assert refusal_category(None) == "unspecified" and refusal_category("violence") == "violence"
