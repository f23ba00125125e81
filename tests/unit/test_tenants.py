"""API keys: authentication, roles, revocation, constant-time lookup, and the keys CLI."""

from __future__ import annotations

import hmac
import io
import logging
import stat
from pathlib import Path

import pytest
import yaml

from governance import tenants as tenants_module
from governance.errors import AuthenticationError, PermissionDeniedError
from governance.tenants import ApiKeySpec, Principal, TenantRegistry, hash_api_key
from governance.tenants_file import (
    TenantsFileError,
    load_registry,
    load_tenants_file,
    parse_tenants,
    registry_from,
)
from imprimatur_cli.main import main as cli_main

EXAMPLE = Path(__file__).resolve().parents[2] / "config" / "tenants.example.yaml"


@pytest.fixture
def registry() -> TenantRegistry:
    return TenantRegistry([("acme", hash_api_key("key-a")), ("globex", hash_api_key("key-g"))])


def _file(tmp_path: Path) -> dict:
    return {
        "version": "v1",
        "tenants": [
            {
                "name": "acme",
                "keys": [
                    {"hash": hash_api_key("acme-gen"), "role": "generate"},
                    {"hash": hash_api_key("acme-admin"), "role": "admin", "label": "compliance"},
                    {"hash": hash_api_key("acme-old"), "role": "generate", "revoked": True},
                ],
            },
            {"name": "globex", "keys": [{"hash": hash_api_key("globex-gen"), "role": "generate"}]},
        ],
        "auditors": [{"hash": hash_api_key("the-auditor"), "role": "auditor"}],
    }


@pytest.fixture
def file_registry(tmp_path: Path) -> TenantRegistry:
    return registry_from(parse_tenants(_file(tmp_path)))


# ---- the (tenant, hash) constructor the settings still use ----------------------------------


def test_keys_resolve_to_their_tenant(registry):
    assert registry.authenticate("Bearer key-a").tenant == "acme"
    assert registry.authenticate("bearer key-g").tenant == "globex"
    assert registry.authenticate("Bearer key-a").role == "generate"


@pytest.mark.parametrize("header", [None, "", "Bearer ", "Basic a2V5LWE=", "key-a", "Bearer key-b"])
def test_missing_or_wrong_keys_are_401(registry, header):
    with pytest.raises(AuthenticationError) as info:
        registry.authenticate(header)
    assert info.value.status == 401 and info.value.code == "invalid_api_key"


def test_key_id_is_a_hash_prefix_not_the_key(registry):
    principal = registry.authenticate("Bearer key-a")
    assert "key-a" not in principal.key_id
    assert hash_api_key("key-a")[7:19] == principal.key_id


# ---- roles and revocation from a tenants file ----------------------------------------------


@pytest.mark.parametrize(
    ("key", "tenant", "role"),
    [
        ("acme-gen", "acme", "generate"),
        ("acme-admin", "acme", "admin"),
        ("globex-gen", "globex", "generate"),
        ("the-auditor", None, "auditor"),
    ],
)
def test_each_key_has_its_tenant_and_role(file_registry, key, tenant, role):
    principal = file_registry.authenticate(f"Bearer {key}")
    assert (principal.tenant, principal.role) == (tenant, role)


def test_revoked_key_is_401(file_registry):
    with pytest.raises(AuthenticationError) as info:
        file_registry.authenticate("Bearer acme-old")
    assert info.value.status == 401 and "revoked" in info.value.message


# principal role -> may it: generate, read its own tenant's records, read another's
ROLE_MATRIX = [
    ("acme-gen", True, False, False),
    ("acme-admin", False, True, False),
    ("the-auditor", False, True, True),
]


@pytest.mark.parametrize(("key", "generate", "own", "other"), ROLE_MATRIX)
def test_role_matrix(file_registry, key, generate, own, other):
    principal = file_registry.authenticate(f"Bearer {key}")
    if generate:
        file_registry.require(principal, "generate")
    else:
        with pytest.raises(PermissionDeniedError) as info:
            file_registry.require(principal, "generate")
        assert info.value.status == 403 and info.value.code == "permission_denied"
    assert file_registry.may_read_records_of(principal, "acme") is own
    assert file_registry.may_read_records_of(principal, "globex") is other


def test_require_accepts_several_roles(file_registry):
    admin = file_registry.authenticate("Bearer acme-admin")
    file_registry.require(admin, ["admin", "auditor"])
    with pytest.raises(PermissionDeniedError, match="'auditor'"):
        file_registry.require(admin, "auditor")


def test_every_stored_hash_is_compared(file_registry, monkeypatch):
    """Constant time: the first key matches, yet every stored hash is still compared."""
    calls = []
    compare = hmac.compare_digest

    def counting(a, b):
        calls.append(1)
        return compare(a, b)

    monkeypatch.setattr(tenants_module.hmac, "compare_digest", counting)
    file_registry.authenticate("Bearer the-auditor")  # stored first
    assert len(calls) == 5
    calls.clear()
    with pytest.raises(AuthenticationError):
        file_registry.authenticate("Bearer nobody")
    assert len(calls) == 5


def test_keys_never_reach_the_logs(file_registry, caplog):
    caplog.set_level(logging.DEBUG)
    for header in ("Bearer acme-gen", "Bearer acme-old", "Bearer wrong-key-123"):
        try:
            file_registry.authenticate(header)
        except AuthenticationError:
            pass
    text = caplog.text
    assert "acme-old" not in text and "wrong-key-123" not in text and "acme-gen" not in text
    assert hash_api_key("acme-old")[7:19] in text  # the revoked key's id is logged instead


def test_principal_repr_carries_no_key(file_registry):
    principal = file_registry.authenticate("Bearer acme-gen")
    assert "acme-gen" not in repr(principal)
    assert principal == Principal(tenant="acme", key_id=hash_api_key("acme-gen")[7:19])


def test_auditor_keys_need_no_tenant_and_tenant_keys_need_one():
    with pytest.raises(ValueError):
        TenantRegistry([(None, hash_api_key("x"))])
    with pytest.raises(ValueError):
        TenantRegistry([("acme", ApiKeySpec(hash=hash_api_key("x"), role="auditor"))])


# ---- the tenants file ------------------------------------------------------------------------


def test_example_file_is_valid():
    tenants = load_tenants_file(EXAMPLE)
    assert [t.name for t in tenants.tenants] == ["acme", "globex"]
    assert [k.role for k in tenants.auditors] == ["auditor"]


@pytest.mark.parametrize(
    ("edit", "names"),
    [
        (lambda d: d["tenants"][0]["keys"][0].update(role="auditor"), "tenants[acme].keys"),
        (
            lambda d: d["tenants"][0]["keys"][0].update(hash="sha256:abc"),
            "tenants[acme].keys.0.hash",
        ),
        (lambda d: d["tenants"][0]["keys"][0].update(secret="x"), "tenants[acme].keys.0.secret"),
        (lambda d: d["auditors"][0].update(role="admin"), "auditors"),
        (lambda d: d["tenants"][1].update(name="acme"), "unique"),
        (
            lambda d: d["tenants"][1]["keys"].append(d["auditors"][0] | {"role": "generate"}),
            "twice",
        ),
        (lambda d: d.pop("version"), "version"),
    ],
)
def test_bad_files_name_the_bad_key(tmp_path, edit, names):
    data = _file(tmp_path)
    edit(data)
    with pytest.raises(TenantsFileError) as info:
        parse_tenants(data, "t.yaml")
    assert names in str(info.value) and "t.yaml" in str(info.value)


def test_load_reports_yaml_errors(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("version: [unclosed\n")
    with pytest.raises(TenantsFileError, match="not valid YAML"):
        load_tenants_file(path)


# ---- the keys CLI ----------------------------------------------------------------------------


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli_main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tenants_path(tmp_path) -> Path:
    path = tmp_path / "tenants.yaml"
    path.write_text(EXAMPLE.read_text())
    path.chmod(0o600)
    return path


def _key_from(out: str) -> str:
    return out.split("store it now): ", 1)[1].split()[0]


def test_create_prints_the_key_once_and_stores_only_its_hash(capsys, tenants_path):
    before = tenants_path.read_text()
    code, out, _ = _cli(
        capsys, "keys", "create", "--tenant", "acme", "--role", "admin", "--label", "ci",
        "--file", str(tenants_path),
    )  # fmt: skip
    assert code == 0
    key = _key_from(out)
    after = tenants_path.read_text()
    assert out.count(key) == 1 and key not in after
    assert after.startswith(before.split("\n  - name: globex")[0].split("    policy:\n")[0])
    assert "# Every tenant inherits this policy" in after  # comments survive
    assert stat.S_IMODE(tenants_path.stat().st_mode) == 0o600
    principal = load_registry(tenants_path).authenticate(f"Bearer {key}")
    assert (principal.tenant, principal.role) == ("acme", "admin")


def test_create_auditor_and_print_only(capsys, tenants_path):
    code, out, _ = _cli(capsys, "keys", "create", "--role", "auditor", "--file", str(tenants_path))
    assert code == 0
    principal = load_registry(tenants_path).authenticate(f"Bearer {_key_from(out)}")
    assert principal.tenant is None and principal.role == "auditor"
    code, out, _ = _cli(capsys, "keys", "create", "--tenant", "globex", "--role", "generate")
    assert code == 0
    entry = yaml.safe_load(out.split("tenants file:\n", 1)[1])
    assert entry == [{"hash": hash_api_key(_key_from(out)), "role": "generate"}]


@pytest.mark.parametrize(
    "argv",
    [
        ["keys", "create", "--role", "generate"],
        ["keys", "create", "--role", "auditor", "--tenant", "acme"],
        ["keys", "create", "--role", "generate", "--tenant", "nobody", "--file", "{path}"],
    ],
)
def test_create_refuses_nonsense_and_leaves_the_file(capsys, tenants_path, argv):
    before = tenants_path.read_text()
    code, out, err = _cli(capsys, *[a.replace("{path}", str(tenants_path)) for a in argv])
    assert code == 1 and "imp_" not in out and err
    assert tenants_path.read_text() == before


@pytest.mark.parametrize(
    "keys_text",
    ["keys: []\n", "keys:\n", ""],
    ids=["empty-flow", "null", "missing"],
)
def test_create_starts_a_tenants_first_key_list(capsys, tmp_path, keys_text):
    path = tmp_path / "t.yaml"
    path.write_text(f"version: '1'\ntenants:\n  - name: solo  # first tenant\n    {keys_text}")
    code, out, err = _cli(
        capsys, "keys", "create", "--tenant", "solo", "--role", "generate", "--file", str(path)
    )
    assert code == 0, err
    assert load_registry(path).authenticate(f"Bearer {_key_from(out)}").tenant == "solo"
    assert "# first tenant" in path.read_text()


def test_revoke_marks_the_key_and_it_stops_working(capsys, tenants_path):
    code, out, _ = _cli(
        capsys, "keys", "create", "--tenant", "globex", "--role", "generate", "--file",
        str(tenants_path),
    )  # fmt: skip
    key = _key_from(out)
    key_id = hash_api_key(key)[7:19]
    code, out, _ = _cli(capsys, "keys", "revoke", key_id, "--file", str(tenants_path))
    assert code == 0
    with pytest.raises(AuthenticationError, match="revoked"):
        load_registry(tenants_path).authenticate(f"Bearer {key}")
    code, _, err = _cli(capsys, "keys", "revoke", key_id, "--file", str(tenants_path))
    assert code == 1 and "already revoked" in err
    code, _, err = _cli(capsys, "keys", "revoke", "000000000000", "--file", str(tenants_path))
    assert code == 1 and "no key" in err


def test_revoke_flips_an_explicit_false(capsys, tmp_path):
    path = tmp_path / "t.yaml"
    key_hash = hash_api_key("k")
    path.write_text(
        f"version: '1'\nauditors:\n- hash: {key_hash}\n  revoked: false  # for now\n"
        "  role: auditor\n"
    )
    code, _, err = _cli(capsys, "keys", "revoke", key_hash, "--file", str(path))
    assert code == 0, err
    assert "revoked: true  # for now" in path.read_text()
    assert load_tenants_file(path).auditors[0].revoked


def test_hash_reads_stdin(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("some-key\n"))
    code, out, _ = _cli(capsys, "keys", "hash")
    assert code == 0 and out.strip() == hash_api_key("some-key")


def test_list_and_check(capsys, tenants_path):
    code, out, _ = _cli(capsys, "keys", "list", "--file", str(tenants_path))
    assert code == 0 and "revoked" in out and "acme" in out
    assert all("sha256:" not in line for line in out.splitlines())
    code, out, _ = _cli(capsys, "tenants", "check", str(tenants_path))
    assert code == 0 and "acme: policy acme-2@" in out
    tenants_path.write_text(tenants_path.read_text().replace("max_n: 2", "max_n: 0"))
    code, _, err = _cli(capsys, "tenants", "check", str(tenants_path))
    assert code == 1 and "tenants[acme].policy.max_n" in err


# ---- keys kept apart from policies (a Secret beside a ConfigMap) ----------------------------


def _write(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data))
    return path


def test_a_keys_file_adds_keys_to_the_tenants_file(tmp_path):
    policies = _write(
        tmp_path / "tenants.yaml",
        {"version": "1", "tenants": [{"name": "acme", "policy": {"max_n": 2}}]},
    )
    keys = _write(
        tmp_path / "keys.yaml",
        {
            "tenants": [{"name": "acme", "keys": [{"hash": hash_api_key("k"), "role": "admin"}]}],
            "auditors": [{"hash": hash_api_key("aud"), "role": "auditor"}],
        },
    )
    registry = load_registry(policies, keys)
    assert registry.authenticate("Bearer k").role == "admin"
    assert registry.authenticate("Bearer aud").tenant is None
    assert registry.policy("acme").max_n == 2


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ({"tenants": [{"name": "other", "keys": []}]}, "does not define: ['other']"),
        ({"tenants": [{"name": "acme", "policy": {"max_n": 9}}]}, "policy: unknown key"),
        ({"auditors": [{"hash": hash_api_key("k"), "role": "auditor"}]}, "appears twice"),
    ],
)
def test_a_keys_file_holds_only_keys_of_known_tenants(tmp_path, keys, message):
    acme = {"name": "acme", "keys": [{"hash": hash_api_key("k"), "role": "generate"}]}
    policies = _write(tmp_path / "tenants.yaml", {"version": "1", "tenants": [acme]})
    with pytest.raises(TenantsFileError) as info:
        load_tenants_file(policies, _write(tmp_path / "keys.yaml", keys))
    assert message in str(info.value) and "keys.yaml" in str(info.value)


def test_create_starts_a_keys_file_and_groups_keys_by_tenant(capsys, tmp_path):
    keys = tmp_path / "keys.yaml"
    created = {}
    for tenant in ("acme", "globex", "acme"):
        code, out, err = _cli(
            capsys, "keys", "create", "--tenant", tenant, "--role", "generate", "--file", str(keys)
        )
        assert code == 0, err
        created.setdefault(tenant, []).append(_key_from(out))
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
    assert [t["name"] for t in yaml.safe_load(keys.read_text())["tenants"]] == ["acme", "globex"]
    tenants = [{"name": "acme"}, {"name": "globex"}]
    policies = _write(tmp_path / "t.yaml", {"version": "1", "tenants": tenants})
    registry = load_registry(policies, keys)
    for tenant, issued in created.items():
        assert {registry.authenticate(f"Bearer {key}").tenant for key in issued} == {tenant}
    code, out, _ = _cli(capsys, "tenants", "check", str(policies), "--keys", str(keys))
    assert code == 0 and "acme: policy" in out
    code, out, _ = _cli(capsys, "tenants", "check", str(keys))
    assert code == 0 and "valid keys file" in out
