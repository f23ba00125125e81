// /console/audit: records with filters and paging, a record's detail, the chain's status and
// the transparency log where the service has one, export to CSV or JSONL (built here).
import {
  api, badge, clear, download, el, facts, keyPanel, keys, root, say, servicePaths, time,
} from "./common.js";

const SLOT = "reader";
const PAGE = 200;
const WANT = 50; // rows shown per "Show"/"Load more"
const MAX_PAGES = 10; // pages read at most per click while filtering on outcome/model
const CSV_COLUMNS = [
  "seq", "record_id", "created", "tenant", "model", "model_revision", "outcome", "reason",
  "policy_version", "request_id", "watermark_id", "watermark_reliable", "c2pa_manifest_id",
  "image_sha256", "prompt_sha256", "prev_hash", "hash",
];

const section = document.getElementById("audit");
const filters = document.getElementById("filters");
const tbody = document.querySelector("#records tbody");
const status = document.getElementById("records-status");
const more = document.getElementById("more");
const exportCsv = document.getElementById("export-csv");
const exportJsonl = document.getElementById("export-jsonl");
let principal = null;
let rows = [];
let cursor = null;
let query = null;

function key() {
  return keys.get(SLOT);
}

function isoOrNull(local) {
  return local ? new Date(local).toISOString() : null;
}

function readFilters() {
  return {
    tenant: principal.role === "auditor" ? document.getElementById("f-tenant").value.trim() : "",
    outcome: document.getElementById("f-outcome").value,
    model: document.getElementById("f-model").value,
    since: isoOrNull(document.getElementById("f-since").value),
    until: isoOrNull(document.getElementById("f-until").value),
  };
}

/** Read pages (after_seq) until WANT rows match the outcome/model filters, or MAX_PAGES. The
 * API filters tenant and time itself; outcome and model are filtered here. */
async function load(reset) {
  if (reset) {
    query = readFilters();
    rows = [];
    cursor = null;
    clear(tbody);
  }
  say(status, "Loading…");
  const found = [];
  let pages = 0;
  try {
    do {
      const params = new URLSearchParams({ limit: String(PAGE) });
      for (const name of ["tenant", "since", "until"]) if (query[name]) params.set(name, query[name]);
      if (cursor !== null) params.set("after_seq", String(cursor));
      const page = (await api(`/v1/audit/records?${params}`, { key: key() })).data;
      pages += 1;
      cursor = page.next_after_seq;
      found.push(...page.data.filter((r) => (!query.outcome || r.outcome === query.outcome) && (!query.model || r.model === query.model)));
    } while (cursor !== null && found.length < WANT && pages < MAX_PAGES);
  } catch (error) {
    say(status, `Could not read the records: ${error.message}`, "error");
    return;
  }
  rows.push(...found);
  for (const record of found) tbody.append(row(record));
  more.hidden = cursor === null;
  exportCsv.disabled = exportJsonl.disabled = rows.length === 0;
  const rest = cursor === null ? "no more records" : "more records follow";
  say(status, `${rows.length} record${rows.length === 1 ? "" : "s"} shown; ${rest}.`);
}

function row(record) {
  const open = el("button", { type: "button", class: "secondary", text: "Details", "aria-label": `Details of record ${record.record_id}`, onclick: () => detail(record.record_id, tr) });
  const tr = el("tr", { "data-record-id": record.record_id },
    el("td", { text: record.seq }),
    el("td", {}, time(record.created)),
    el("td", { text: record.tenant || "" }),
    el("td", { text: record.model }),
    el("td", {}, badge(record.outcome)),
    el("td", { text: record.reason || "" }),
    el("td", {}, el("code", { text: record.record_id }), " ", open));
  return tr;
}

function json(value) {
  return value === null || value === undefined ? null : el("pre", { text: JSON.stringify(value, null, 2) });
}

async function detail(recordId, tr) {
  const holder = clear(document.getElementById("detail-body"));
  const box = document.getElementById("detail");
  for (const selected of tbody.querySelectorAll("tr.selected")) selected.classList.remove("selected");
  tr.classList.add("selected");
  let record;
  try {
    record = (await api(`/v1/audit/records/${encodeURIComponent(recordId)}`, { key: key() })).data;
  } catch (error) {
    holder.append(el("p", { class: "status error", text: error.message }));
    box.hidden = false;
    return;
  }
  document.getElementById("detail-title").textContent = `Record ${record.record_id}`;
  const manifest = record.c2pa_manifest_url
    ? el("span", {}, el("code", { text: record.c2pa_manifest_id }), " ",
      el("a", { href: root + record.c2pa_manifest_url, download: `${record.record_id}.c2pa`, text: "download the manifest store" }))
    : null;
  holder.append(
    el("h3", { text: "Request" }),
    facts([
      ["Outcome", el("span", {}, badge(record.outcome), record.reason ? ` ${record.reason}` : "")],
      ["Time", time(record.created)],
      ["Tenant", record.tenant],
      ["Model", [record.model, record.model_revision].filter(Boolean).join(" · ")],
      ["Policy version", record.policy_version],
      ["Request id", el("code", { text: record.request_id })],
      ["Prompt", record.prompt === null ? "not kept (tenant policy); its SHA-256 is kept" : record.prompt],
      ["Negative prompt", record.negative_prompt],
      ["Prompt SHA-256", el("code", { text: record.prompt_sha256 })],
    ]),
    el("h3", { text: "Governance" }),
    facts([
      ["Moderation", json(record.moderation) || "not reached"],
      ["NSFW verdict", json(record.nsfw) || "not reached"],
      ["Watermark", record.watermark_id ? el("span", {}, el("code", { text: record.watermark_id }), record.watermark_reliable === false ? " (did not read back reliably)" : record.watermark_reliable ? " (reads back)" : "") : "none"],
      ["C2PA manifest", manifest || "none"],
      ["Image SHA-256", record.image_sha256 ? el("code", { text: record.image_sha256 }) : null],
      ["Parameters", json(record.params)],
    ]),
    el("h3", { text: "Chain" }),
    facts([
      ["Seq", String(record.seq)],
      ["Previous hash", el("code", { text: record.prev_hash })],
      ["Hash", el("code", { text: record.hash })],
    ]),
  );
  const paths = await servicePaths();
  if (paths.has("/v1/audit/records/{record_id}/proof")) {
    const proofBox = el("div");
    holder.append(el("button", { type: "button", id: "proof", class: "secondary", text: "Inclusion proof", onclick: async () => {
      clear(proofBox);
      try {
        const proof = (await api(`/v1/audit/records/${encodeURIComponent(record.record_id)}/proof`, { key: key() })).data;
        proofBox.append(el("p", { text: `Leaf ${proof.leaf_index} of a tree of ${proof.tree_size} records; audit path of ${proof.audit_path.length} hashes.` }), json(proof));
      } catch (error) {
        proofBox.append(el("p", { class: "status error", text: error.message }));
      }
    } }), proofBox);
  }
  box.hidden = false;
  document.getElementById("detail-title").focus();
}

async function verify() {
  const out = document.getElementById("chain-status");
  say(out, "Re-hashing the chain…");
  try {
    const result = (await api("/v1/audit/verify", { key: key() })).data;
    if (result.ok) say(out, `The chain is intact: ${result.checked} records re-hashed, none changed or missing.`, "good");
    else say(out, `The chain is broken at seq ${result.first_broken_seq} (record ${result.first_broken_record_id}): ${result.reason}`, "error");
  } catch (error) {
    say(out, `Could not verify: ${error.message}`, "error");
  }
}

async function checkpoint() {
  const holder = clear(document.getElementById("checkpoint"));
  const paths = await servicePaths();
  if (!paths.has("/v1/audit/checkpoint")) {
    holder.append(el("p", { class: "hint", text: "This service publishes no transparency-log checkpoint." }));
    return;
  }
  try {
    const note = (await api("/v1/audit/checkpoint")).data;
    holder.append(el("h3", { text: "Latest signed checkpoint" }),
      el("p", { class: "hint", text: "Save it: a later checkpoint must extend it (a consistency proof shows that)." }),
      el("pre", { id: "checkpoint-note", text: String(note) }));
  } catch (error) {
    holder.append(el("p", { class: "status error", text: `Could not read the checkpoint: ${error.message}` }));
  }
}

async function loadModels() {
  const select = document.getElementById("f-model");
  try {
    const models = (await api("/v1/models", { key: key() })).data.data;
    clear(select).append(el("option", { value: "", text: "any" }), ...models.map((m) => el("option", { value: m.id, text: m.id })));
  } catch {
    // the model filter stays at "any"
  }
}

function csvCell(value) {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`; // a spreadsheet must not run it
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function stamp() {
  return new Date().toISOString().replaceAll(":", "-").slice(0, 19);
}

exportCsv.addEventListener("click", () => {
  const lines = [CSV_COLUMNS.join(","), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(","))];
  download(`audit-${stamp()}.csv`, `${lines.join("\r\n")}\r\n`, "text/csv");
});
exportJsonl.addEventListener("click", () => {
  download(`audit-${stamp()}.jsonl`, rows.map((r) => JSON.stringify(r)).join("\n") + "\n", "application/x-ndjson");
});
filters.addEventListener("submit", (event) => {
  event.preventDefault();
  load(true);
});
more.addEventListener("click", () => load(false));
document.getElementById("verify").addEventListener("click", verify);

keyPanel(SLOT, ["admin", "auditor"], (who) => {
  principal = who;
  section.hidden = !who;
  if (!who) {
    clear(tbody);
    rows = [];
    return;
  }
  const auditor = who.role === "auditor";
  document.getElementById("tenant-field").hidden = !auditor;
  document.getElementById("verify").hidden = !auditor;
  if (!auditor) say(document.getElementById("chain-status"), "Re-checking the whole chain needs an auditor's key.");
  loadModels();
  checkpoint();
  load(true);
});
