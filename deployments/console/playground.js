// /console/: the playground. Generates through POST /v1/images/generations with the tab's
// generate key; shows the images with their record ids, a refusal in plain words, and the
// request's Server-Timing header as a bar chart of the governed stages.
import { horizontalBars } from "./charts.js";
import { api, clear, el, keyPanel, keys, say } from "./common.js";

const SLOT = "generate";
const MIME = { png: "image/png", jpeg: "image/jpeg", webp: "image/webp" };
const section = document.getElementById("playground");
const modelSelect = document.getElementById("model");
const sizeSelect = document.getElementById("size");
const nInput = document.getElementById("n");
const stepsInput = document.getElementById("steps");
const status = document.getElementById("gen-status");
const refusal = document.getElementById("refusal");
const output = document.getElementById("output");
const button = document.getElementById("generate");
let models = [];

/** Sizes a model can make: its fixed list, or squares from min to max in its multiple. */
function sizesOf(card) {
  if (Array.isArray(card.sizes)) return card.sizes;
  const { min, max, multiple_of: step } = card.sizes;
  const sizes = [];
  for (let side = Math.ceil(min / step) * step; side <= max; side += step) sizes.push(`${side}x${side}`);
  return sizes.length > 12 ? sizes.filter((_, i) => i % 2 === 0 || sizes[i] === card.default_size) : sizes;
}

function showModel() {
  const card = models.find((m) => m.id === modelSelect.value);
  if (!card) return;
  clear(sizeSelect).append(el("option", { value: "auto", text: `auto (${card.default_size})` }),
    ...sizesOf(card).map((size) => el("option", { value: size, text: size })));
  nInput.max = String(card.max_n);
  if (Number(nInput.value) > card.max_n) nInput.value = String(card.max_n);
  const diffusion = card.family === "diffusion";
  document.getElementById("steps-field").hidden = !diffusion;
  stepsInput.disabled = !diffusion;
  if (card.max_steps) stepsInput.max = String(card.max_steps);
}

async function loadModels(key) {
  try {
    models = (await api("/v1/models", { key })).data.data;
  } catch (error) {
    say(status, `Could not list the models: ${error.message}`, "error");
    return;
  }
  clear(modelSelect).append(...models.map((m) => el("option", { value: m.id, text: `${m.id} (${m.family})` })));
  showModel();
}

function request() {
  const body = {
    model: modelSelect.value,
    prompt: document.getElementById("prompt").value,
    n: Number(nInput.value) || 1,
    size: sizeSelect.value || "auto",
    output_format: document.getElementById("format").value,
  };
  const negative = document.getElementById("negative").value.trim();
  if (negative) body.negative_prompt = negative;
  const seed = document.getElementById("seed").value;
  if (seed !== "") body.seed = Number(seed);
  if (!stepsInput.disabled && stepsInput.value !== "") body.num_inference_steps = Number(stepsInput.value);
  return body;
}

/** `name;dur=12.3, name2;dur=4` -> [{label, value}] in the header's order (the request path). */
export function parseServerTiming(header) {
  const stages = [];
  for (const entry of (header || "").split(",")) {
    const [name, ...params] = entry.trim().split(";");
    const dur = params.map((p) => p.trim()).find((p) => p.startsWith("dur="));
    if (name && dur) stages.push({ label: name, value: Number(dur.slice(4)) });
  }
  return stages;
}

function showTiming(header) {
  const holder = clear(document.getElementById("timing"));
  const stages = parseServerTiming(header);
  if (!stages.length) {
    holder.append(el("p", { class: "hint", text: "The answer carried no Server-Timing header." }));
    return;
  }
  const total = stages.find((s) => s.label === "total");
  const items = stages.map((s) => ({ ...s, key: s.label === "total" ? "total" : "bar" }));
  holder.append(horizontalBars({
    id: "timing-chart",
    title: "Where the time went (Server-Timing, milliseconds)",
    items,
    unit: "ms",
    scale: total ? total.value : undefined,
    width: 640,
  }));
}

function showImages(answer, format) {
  const holder = clear(document.getElementById("images"));
  answer.data.forEach((item, i) => {
    const src = `data:${MIME[format]};base64,${item.b64_json}`;
    holder.append(el("figure", {},
      el("img", { src, alt: `Generated image ${i + 1} of ${answer.data.length}, record ${item.record_id}`, width: answer.size.split("x")[0] }),
      el("figcaption", {}, "Record id ", el("code", { class: "record-id", text: item.record_id }), " · ",
        el("a", { href: src, download: `${item.record_id}.${format === "jpeg" ? "jpg" : format}`, text: "Download" }))));
  });
  document.getElementById("out-meta").textContent =
    `${answer.model} · ${answer.size} · seed ${answer.seed} · ${answer.output_format}`;
}

async function generate(event) {
  event.preventDefault();
  const key = keys.get(SLOT);
  if (!key) return;
  const body = request();
  refusal.hidden = true;
  button.disabled = true;
  say(status, "Generating… (the tiny CPU models take a few seconds)");
  try {
    const { data, headers } = await api("/v1/images/generations", { key, method: "POST", json: body });
    showImages(data, body.output_format);
    showTiming(headers.get("Server-Timing"));
    output.hidden = false;
    say(status, `Made ${data.data.length} image${data.data.length > 1 ? "s" : ""}.`, "good");
  } catch (error) {
    output.hidden = true;
    say(status, "");
    refusal.hidden = false;
    refusal.textContent = error.code === "content_policy_violation"
      ? `Refused by the content policy: ${error.message}`
      : `The request failed (${error.status || "no answer"}): ${error.message}`;
  } finally {
    button.disabled = false;
  }
}

modelSelect.addEventListener("change", showModel);
document.getElementById("gen-form").addEventListener("submit", generate);
keyPanel(SLOT, ["generate"], (principal, key) => {
  section.hidden = !principal;
  if (principal) loadModels(key);
});
