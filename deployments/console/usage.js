// /console/usage: images and refusals per day and per category, from GET /v1/usage.
import { horizontalBars, stackedBars } from "./charts.js";
import { api, clear, el, keyPanel, keys, say } from "./common.js";

const SLOT = "reader";
const section = document.getElementById("usage");
const status = document.getElementById("usage-status");
let principal = null;

function stat(label, value) {
  return el("div", { class: "stat" }, el("b", { text: value }), label);
}

function bars(counts, key) {
  return Object.entries(counts).map(([label, value]) => ({ label, value, key }));
}

async function show() {
  const params = new URLSearchParams({ days: document.getElementById("u-days").value });
  const tenant = document.getElementById("u-tenant").value.trim();
  if (principal.role === "auditor" && tenant) params.set("tenant", tenant);
  say(status, "Counting…");
  let usage;
  try {
    usage = (await api(`/v1/usage?${params}`, { key: keys.get(SLOT) })).data;
  } catch (error) {
    say(status, `Could not read the usage: ${error.message}`, "error");
    return;
  }
  const total = (name) => usage.days.reduce((sum, day) => sum + day[name], 0);
  const scope = usage.tenant ? `tenant ${usage.tenant}` : "every tenant";
  say(status, `${usage.records_scanned} audit records counted for ${scope}, ${usage.days[0].date} to ${usage.days.at(-1).date} (UTC).${usage.truncated ? " The count stopped at its bound: the numbers are partial." : ""}`, usage.truncated ? "error" : "");
  clear(document.getElementById("usage-stats")).append(
    stat("images released", total("images")),
    stat("refused", total("refused")),
    stat("failed", total("failed")),
  );
  clear(document.getElementById("per-day")).append(stackedBars({
    id: "chart-days",
    title: "Per day: images released, requests refused and failed",
    labels: usage.days.map((day) => day.date),
    series: [
      { name: "Images", key: "images", values: usage.days.map((day) => day.images) },
      { name: "Refused", key: "refused", values: usage.days.map((day) => day.refused) },
      { name: "Failed", key: "failed", values: usage.days.map((day) => day.failed) },
    ],
  }));
  clear(document.getElementById("per-category")).append(horizontalBars({
    id: "chart-categories",
    title: "Refusals by category",
    items: bars(usage.refusals_by_category, "refused"),
  }));
  clear(document.getElementById("per-model")).append(horizontalBars({
    id: "chart-models",
    title: "Images by model",
    items: bars(usage.images_by_model, "images"),
  }));
}

document.getElementById("usage-form").addEventListener("submit", (event) => {
  event.preventDefault();
  show();
});
keyPanel(SLOT, ["admin", "auditor"], (who) => {
  principal = who;
  section.hidden = !who;
  if (!who) return;
  document.getElementById("u-tenant-field").hidden = who.role !== "auditor";
  show();
});
