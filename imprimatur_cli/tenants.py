"""`imprimatur keys create|revoke|hash|list` and `imprimatur tenants check`.

A new key is printed once and only its hash is written anywhere. Edits to a tenants file are
made in its text (comments and layout survive), checked by re-reading the result, and written
atomically with the file's permissions, so a failed edit never leaves a broken or half file.
"""

from __future__ import annotations

import argparse
import copy
import getpass
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from governance.tenants import ROLES, generate_api_key, hash_api_key, key_id_of
from governance.tenants_file import (
    KeysFile,
    TenantsFile,
    TenantsFileError,
    is_keys_file,
    load_tenants_file,
    parse_keys,
    parse_tenants,
)


class _EditError(Exception):
    """The file can't be edited safely in place; the message says what to do instead."""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `imprimatur keys ...` and `imprimatur tenants check FILE`."""
    keys = subparsers.add_parser("keys", help="create, revoke, hash or list API keys")
    keys.set_defaults(func=lambda _args: keys.print_help() or 2)
    sub = keys.add_subparsers(dest="keys_command", metavar="SUBCOMMAND")

    create = sub.add_parser("create", help="make a new key; prints it once, stores only its hash")
    create.add_argument("--tenant", help="tenant the key belongs to (not for auditors)")
    create.add_argument("--role", required=True, choices=ROLES, help="what the key may do")
    create.add_argument("--label", help="free text to recognise the key later")
    create.add_argument(
        "--file", type=Path, help="tenants file (or keys-only file) to add the key's hash to"
    )
    create.set_defaults(func=_cmd_create)

    revoke = sub.add_parser("revoke", help="mark a key revoked in a tenants file")
    revoke.add_argument("key_id", metavar="KEY_ID", help="12-hex key id, or the full sha256: hash")
    revoke.add_argument("--file", type=Path, required=True, help="the tenants file")
    revoke.set_defaults(func=_cmd_revoke)

    hash_ = sub.add_parser("hash", help="read a key on stdin, print its sha256: hash")
    hash_.set_defaults(func=_cmd_hash)

    list_ = sub.add_parser("list", help="key ids, roles and labels in a tenants file")
    list_.add_argument("--file", type=Path, required=True, help="the tenants file")
    list_.set_defaults(func=_cmd_list)

    tenants = subparsers.add_parser("tenants", help="validate a tenants file")
    tenants.set_defaults(func=lambda _args: tenants.print_help() or 2)
    tenants_sub = tenants.add_subparsers(dest="tenants_command", metavar="SUBCOMMAND")
    check = tenants_sub.add_parser("check", help="validate FILE and summarise it")
    check.add_argument("file", metavar="FILE", type=Path, help="the tenants file")
    check.add_argument(
        "--keys", type=Path, help="a keys-only file (the Kubernetes Secret) to merge and check"
    )
    check.set_defaults(func=_cmd_check)


def _fail(message: str) -> int:
    print(f"imprimatur: {message}", file=sys.stderr)
    return 1


def _entry_lines(key_hash: str, role: str, label: str | None, dash_col: int) -> list[str]:
    lines = [f"{' ' * dash_col}- hash: {key_hash}", f"{' ' * (dash_col + 2)}role: {role}"]
    if label:
        lines.append(f"{' ' * (dash_col + 2)}label: {json.dumps(label)}")  # JSON is YAML
    return lines


def _cmd_create(args: argparse.Namespace) -> int:
    if args.role == "auditor" and args.tenant:
        return _fail("auditor keys are global: leave out --tenant")
    if args.role != "auditor" and not args.tenant:
        return _fail(f"a {args.role} key belongs to a tenant: give --tenant")
    key = generate_api_key()
    key_hash = hash_api_key(key)
    where = "auditors" if args.role == "auditor" else f"tenants[{args.tenant}].keys"
    if args.file is not None:
        try:
            _add_key(args.file, args.tenant, key_hash, args.role, args.label)
        except (OSError, TenantsFileError, _EditError) as exc:
            return _fail(f"key not created: {exc}")
    print(f"API key (shown once, store it now): {key}")
    print(f"key_id: {key_id_of(key_hash)}")
    if args.file is not None:
        print(f"Added to {args.file} under {where}; reload the service to use it.")
    else:
        print(f"Add under {where} in the tenants file:")
        print("\n".join(_entry_lines(key_hash, args.role, args.label, 2)))
    return 0


def _cmd_revoke(args: argparse.Namespace) -> int:
    wanted = args.key_id.removeprefix("sha256:")[:12]
    try:
        _revoke_key(args.file, wanted)
    except (OSError, TenantsFileError, _EditError) as exc:
        return _fail(f"nothing revoked: {exc}")
    print(f"Revoked key {wanted} in {args.file}; reload the service to apply it.")
    return 0


def _cmd_hash(_args: argparse.Namespace) -> int:
    # From a terminal, don't echo the key (it would stay in the scrollback).
    key = getpass.getpass("API key: ") if sys.stdin.isatty() else sys.stdin.readline()
    key = key.strip()
    if not key:
        return _fail("no key on stdin")
    print(hash_api_key(key))
    return 0


def _load_any(path: Path) -> TenantsFile | KeysFile:
    data = _read_data(path)
    return parse_keys(data, str(path)) if is_keys_file(data) else parse_tenants(data, str(path))


def _cmd_list(args: argparse.Namespace) -> int:
    try:
        tenants = _load_any(args.file)
    except (OSError, TenantsFileError) as exc:
        return _fail(str(exc))
    rows = [("(auditor)", key) for key in tenants.auditors]
    rows += [(tenant.name, key) for tenant in tenants.tenants for key in tenant.keys]
    for owner, key in rows:
        state = "revoked" if key.revoked else "active"
        print(f"{key.key_id}  {owner:<20} {key.role:<9} {state:<8} {key.label or ''}".rstrip())
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    try:
        if args.keys is not None:
            tenants = load_tenants_file(args.file, args.keys)
        else:
            tenants = _load_any(args.file)
    except (OSError, TenantsFileError) as exc:
        return _fail(str(exc))
    what = "keys file" if isinstance(tenants, KeysFile) else "tenants file"
    print(f"{args.file}: valid {what} (version {tenants.version or 'unset'})")
    for tenant in tenants.tenants:
        roles = dict(Counter(key.role for key in tenant.keys if not key.revoked)) or "none"
        if isinstance(tenants, KeysFile):
            print(f"  {tenant.name}: keys {roles}")
            continue
        policy = tenant.policy
        print(
            f"  {tenant.name}: policy {policy.version_tag}, keys {roles}, "
            f"rate {policy.rate_limit_per_minute or 'unlimited'}/min, "
            f"quota {policy.image_quota_per_day or 'unlimited'} images/day"
        )
    print(f"  auditors: {sum(not key.revoked for key in tenants.auditors)} active key(s)")
    return 0


# ---- editing a tenants file in place --------------------------------------------------------


def _mapping_get(node: yaml.Node, name: str) -> tuple[yaml.Node, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == name:
                return key, value
    return None


def _end_line(node: yaml.Node) -> int:
    """Index of the line after the last line holding `node`'s text.

    A block collection's own end mark points at the next token, so descend to its last scalar.
    """
    while isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    mark = node.end_mark
    return mark.line + 1 if mark.column > 0 else mark.line


def _read_data(path: Path) -> Any:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise TenantsFileError(f"{path}: not valid YAML: {exc}") from None
    return data if data is not None else {}


def _validate_any(data: Any, path: Path) -> None:
    if is_keys_file(data):
        parse_keys(data, str(path))
    else:
        parse_tenants(data, str(path))


def _read(path: Path) -> tuple[str, Any, yaml.Node | None]:
    """The text, data and node tree; a missing or empty file is an empty keys file."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    try:
        data = yaml.safe_load(text) or {}
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise TenantsFileError(f"{path}: not valid YAML: {exc}") from None
    if root is None:
        return text, data, None
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise _EditError(f"{path} is not a block mapping at the top; edit it by hand")
    _validate_any(data, path)  # refuse to edit a file that is already invalid
    return text, data, root


def _insert(text: str, at_line: int, new_lines: list[str]) -> str:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    lines[at_line:at_line] = [line + "\n" for line in new_lines]
    return "".join(lines)


def _write_checked(path: Path, text: str, expected: Any) -> None:
    """Write `text` only if it reads back as `expected` and validates."""
    if yaml.safe_load(text) != expected:
        raise _EditError(f"could not edit {path} in place safely; edit it by hand")
    _validate_any(expected, path)
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o600  # it holds key hashes
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _append_item(
    text: str, owner: yaml.Node, field: str, item_lines: Callable[[int], list[str]]
) -> str:
    """Add an item to the block list `owner[field]`, creating the list if it is absent or
    empty; `item_lines(dash column)` gives the item's lines."""
    if not isinstance(owner, yaml.MappingNode) or owner.flow_style:
        raise _EditError(f"the mapping holding `{field}` is not in block style; edit by hand")
    found = _mapping_get(owner, field)
    if found is None:  # no list yet: start one after the owner's last line
        col = owner.start_mark.column
        at = _end_line(owner) if owner.value else 0
        return _insert(text, at, [f"{' ' * col}{field}:", *item_lines(col + 2)])
    key, value = found
    if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
        return _insert(text, _end_line(value.value[-1]), item_lines(value.start_mark.column))
    if not value.value or (isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null")):
        # `keys: []` or `keys:` (null): the new list replaces the empty value
        lines = item_lines(key.start_mark.column + 2)
        before = text[: value.start_mark.index].rstrip(" ")
        return before + "\n" + "\n".join(lines) + text[value.end_mark.index :]
    raise _EditError(f"`{field}` is not a block list; add the key by hand")


def _add_key(path: Path, tenant: str | None, key_hash: str, role: str, label: str | None) -> None:
    text, data, root = _read(path)
    entry: dict[str, Any] = {"hash": key_hash, "role": role}
    if label:
        entry["label"] = label
    expected = copy.deepcopy(data)

    def entry_lines(col: int) -> list[str]:
        return _entry_lines(key_hash, role, label, col)

    def tenant_lines(col: int) -> list[str]:
        return [f"{' ' * col}- name: {tenant}", f"{' ' * (col + 2)}keys:", *entry_lines(col + 4)]

    if root is None:  # a new (or empty) keys file
        field, lines = ("auditors", entry_lines) if tenant is None else ("tenants", tenant_lines)
        item = entry if tenant is None else {"name": tenant, "keys": [entry]}
        new = _insert(text, len(text.splitlines()), [f"{field}:", *lines(2)])
        _write_checked(path, new, {field: [item]})
        return
    if tenant is None:
        expected["auditors"] = [*(expected.get("auditors") or []), entry]
        _write_checked(path, _append_item(text, root, "auditors", entry_lines), expected)
        return
    tenants = expected.get("tenants") or []
    index = next((i for i, t in enumerate(tenants) if t.get("name") == tenant), None)
    if index is None:
        if not is_keys_file(data):
            raise _EditError(f"{path} has no tenant {tenant!r}; add the tenant first")
        # A keys file only groups keys by tenant: a new tenant gets its entry here.
        expected["tenants"] = [*tenants, {"name": tenant, "keys": [entry]}]
        _write_checked(path, _append_item(text, root, "tenants", tenant_lines), expected)
        return
    tenants[index]["keys"] = [*(tenants[index].get("keys") or []), entry]
    tenants_node = _mapping_get(root, "tenants")
    assert tenants_node is not None and isinstance(tenants_node[1], yaml.SequenceNode)
    new = _append_item(text, tenants_node[1].value[index], "keys", entry_lines)
    _write_checked(path, new, expected)


def _revoke_key(path: Path, key_id: str) -> None:
    text, data, root = _read(path)
    expected = copy.deepcopy(data)
    targets = [(expected.get("auditors") or [], _mapping_get(root, "auditors"))]
    tenants_node = _mapping_get(root, "tenants")
    for index, tenant in enumerate(expected.get("tenants") or []):
        node = _mapping_get(tenants_node[1].value[index], "keys") if tenants_node else None
        targets.append((tenant.get("keys") or [], node))
    hits = [
        (entry, node[1].value[i] if node else None)
        for entries, node in targets
        for i, entry in enumerate(entries)
        if key_id_of(str(entry.get("hash", ""))) == key_id
    ]
    if not hits:
        raise _EditError(f"no key {key_id} in {path}")
    if len(hits) > 1:
        raise _EditError(f"{len(hits)} keys have id {key_id}; give the full sha256: hash")
    entry, item = hits[0]
    if entry.get("revoked") is True:
        raise _EditError(f"key {key_id} is already revoked")
    if not isinstance(item, yaml.MappingNode) or item.flow_style:
        raise _EditError(f"key {key_id} is not a block mapping; add `revoked: true` by hand")
    entry["revoked"] = True
    existing = _mapping_get(item, "revoked")
    if existing is not None:
        value = existing[1]
        new = text[: value.start_mark.index] + "true" + text[value.end_mark.index :]
    else:
        indent = " " * item.start_mark.column
        new = _insert(text, _end_line(item), [f"{indent}revoked: true"])
    _write_checked(path, new, expected)
