"""The control image's provenance: a C2PA `inputTo` ingredient of the output's manifest (real
c2pa-rs, real dev CA, read back by the project's reader), and lineage in the audit record when
it carries our watermark (the HTTP API without Ray, as in test_adapters_api.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from governance.certs import make_dev_ca
from governance.provenance import (
    ContentCredentials,
    GenerationFacts,
    InputIngredient,
    SignerConfig,
    ingredient_relationships,
)
from tests.unit.test_adapters_api import CONTROL, build_api, error_of, generate
from tests.unit.test_edit_provenance import noise, png

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def credentials(tmp_path_factory):
    ca = make_dev_ca(tmp_path_factory.mktemp("ca"))
    cc = ContentCredentials(SignerConfig.from_files(ca.signer_chain, ca.signer_key, ca.root_cert))
    yield cc
    cc.close()


def facts(record_id: str, ingredients=()) -> GenerationFacts:
    return GenerationFacts(
        record_id=record_id,
        model="tiny-sdxl",
        model_revision="1",
        watermark_id=record_id,
        created=dt.datetime.now(dt.UTC),
        ingredients=ingredients,
    )


def test_relationships_by_position_unless_given():
    plain = InputIngredient(b"", "image/png", "x")
    control = InputIngredient(b"", "image/png", "c", "inputTo")
    assert ingredient_relationships((plain, plain, control)) == [
        "parentOf",
        "componentOf",
        "inputTo",
    ]
    assert ingredient_relationships((control, plain)) == ["inputTo", "parentOf"]


def test_a_control_image_of_ours_is_an_input_to_a_created_image(credentials):
    ours = credentials.sign(png(noise(1)), "image/png", facts("a" * 16)).data
    control = InputIngredient(ours, "image/png", "control-canny", "inputTo")
    child = credentials.sign(png(noise(2)), "image/png", facts("b" * 16, (control,)))
    report = credentials.read(child.data, "image/png")
    assert report.state == "Trusted"
    [ingredient] = report.ingredients
    assert ingredient["relationship"] == "inputTo" and ingredient["title"] == "control-canny"
    assert ingredient["state"] == "Trusted" and ingredient["manifest_id"]
    created = report.actions[0]
    assert created["action"] == "c2pa.created"
    # c2pa-rs turns the ingredient's label into a hashed link to its assertion
    (link,) = created["parameters"]["ingredients"]
    assert "c2pa.ingredient" in link["url"]


def test_an_edit_with_a_plain_control_image(credentials):
    parent = InputIngredient(png(noise(3)), "image/png", "parent.png")
    control = InputIngredient(png(noise(4)), "image/png", "control-canny", "inputTo")
    child = credentials.sign(png(noise(5)), "image/png", facts("c" * 16, (parent, control)))
    report = credentials.read(child.data, "image/png")
    assert report.state == "Trusted"
    by_title = {i["title"]: i for i in report.ingredients}
    assert by_title["parent.png"]["relationship"] == "parentOf"
    assert by_title["control-canny"]["relationship"] == "inputTo"
    assert by_title["control-canny"]["state"] == "absent"  # it carried no credentials
    actions = [a["action"] for a in report.actions]
    assert actions[:2] == ["c2pa.opened", "c2pa.edited"] and "c2pa.placed" not in actions
    (opened_from,) = report.actions[0]["parameters"]["ingredients"]
    (steered_by,) = report.actions[1]["parameters"]["ingredients"]  # the control image
    assert opened_from["url"] != steered_by["url"]


def test_a_watermarked_control_image_links_the_audit_record(tmp_path):
    client, service, backends, _ = build_api(tmp_path)
    error_of(generate(client), 503)  # an earlier request: the record the watermark names
    (earlier,) = service.audit.list(tenant="acme")
    backends.watermark_record_id = earlier.record_id
    error_of(generate(client, control=CONTROL), 503)
    (record,) = [r for r in service.audit.list(tenant="acme") if r.record_id != earlier.record_id]
    assert record.params["lineage"] == [
        {
            "index": 0,
            "relationship": "inputTo",
            "c2pa_state": "absent",
            "c2pa_manifest_id": None,
            "record_id": earlier.record_id,
        }
    ]


def test_a_control_image_without_a_record_of_ours_has_no_lineage_record(tmp_path):
    client, service, backends, _ = build_api(tmp_path)
    backends.watermark_record_id = "0123456789abcdef"  # decoded, but no record of ours
    error_of(generate(client, control=CONTROL), 503)
    (record,) = service.audit.list(tenant="acme")
    assert [(i["relationship"], i["record_id"]) for i in record.params["lineage"]] == [
        ("inputTo", None)
    ]
