// Shared by every console page: API calls, the key kept in sessionStorage, DOM building.
// Data from the API is only ever placed as text (textContent), never parsed as HTML.

/** The service root: the path before /console/, so the console works under a route prefix. */
export const root = (() => {
  const path = window.location.pathname;
  const at = path.indexOf("/console/");
  return at >= 0 ? path.slice(0, at) : "";
})();

export class ApiError extends Error {
  constructor(status, body) {
    const detail = (body && body.error) || {};
    super(detail.message || `The service answered ${status}.`);
    this.status = status;
    this.code = detail.code || null;
    this.param = detail.param || null;
  }
}

/** Call the API. The key goes in the Authorization header only, never in the URL. */
export async function api(path, { key, method = "GET", json, body, headers = {} } = {}) {
  const sent = new Headers(headers);
  if (key) sent.set("Authorization", `Bearer ${key}`);
  let payload = body;
  if (json !== undefined) {
    sent.set("Content-Type", "application/json");
    payload = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(root + path, {
      method,
      headers: sent,
      body: payload,
      cache: "no-store",
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
  } catch (error) {
    throw new ApiError(0, { error: { message: `The service did not answer (${error.message}).` } });
  }
  const type = response.headers.get("content-type") || "";
  const data = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof data === "object" ? data : null);
  return { data, headers: response.headers, status: response.status };
}

/** The paths this service documents (its OpenAPI schema): optional features are looked up
 * here instead of probed, so a missing one is not a failed request in the browser's log. */
let schemaPaths = null;
export async function servicePaths() {
  if (schemaPaths === null) {
    try {
      schemaPaths = new Set(Object.keys((await api("/openapi.json")).data.paths || {}));
    } catch {
      schemaPaths = new Set();
    }
  }
  return schemaPaths;
}

const KEY_PREFIX = "imprimatur.key.";
export const keys = {
  get: (slot) => window.sessionStorage.getItem(KEY_PREFIX + slot),
  set: (slot, value) => window.sessionStorage.setItem(KEY_PREFIX + slot, value),
  clear: (slot) => window.sessionStorage.removeItem(KEY_PREFIX + slot),
};

/** Build an element: attributes (`class`, `text`, `on<event>` handlers, others verbatim). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = String(value);
    else if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else node.setAttribute(name === "className" ? "class" : name, value === true ? "" : value);
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

/** Write a status line: `kind` is "", "error" or "good". */
export function say(node, message, kind = "") {
  node.textContent = message;
  node.className = `status ${kind}`.trim();
}

export function time(iso) {
  if (!iso) return "—";
  const when = new Date(iso);
  return el("time", { datetime: iso, title: iso, text: when.toLocaleString() });
}

export function badge(text) {
  return el("span", { class: `badge ${text}`, text });
}

/** A definition list from [term, value] pairs; values may be nodes; empty ones are skipped. */
export function facts(pairs) {
  const list = el("dl", { class: "facts" });
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === "") continue;
    list.append(el("dt", { text: term }), el("dd", {}, value));
  }
  return list;
}

/** Offer `text` as a file download (built here; nothing goes to the server). */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: filename, class: "visually-hidden" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Wire a page's key form (#key-form, #key, #key-status, #key-forget) to a sessionStorage
 * slot. `roles` the page accepts; `onKey(principal, key)` runs once a key is known good, and
 * `onKey(null)` when it is forgotten. */
export function keyPanel(slot, roles, onKey) {
  const form = document.getElementById("key-form");
  const input = document.getElementById("key");
  const status = document.getElementById("key-status");
  const forget = document.getElementById("key-forget");

  async function accept(key, fromStorage) {
    say(status, "Checking the key…");
    try {
      const principal = (await api("/v1/whoami", { key })).data;
      if (!roles.includes(principal.role)) {
        keys.clear(slot);
        say(status, `This key has role “${principal.role}”; this page needs ${roles.join(" or ")}.`, "error");
        return;
      }
      keys.set(slot, key);
      if (input.value.trim() === key) input.value = ""; // not a key typed meanwhile
      forget.hidden = false;
      const who = principal.tenant ? `${principal.role} of tenant ${principal.tenant}` : principal.role;
      say(status, `Using a key for: ${who} (key ${principal.key_id}). It is kept in this tab only.`, "good");
      onKey(principal, key);
    } catch (error) {
      if (fromStorage) keys.clear(slot);
      say(status, error.status === 401 ? "This key is not valid." : error.message, "error");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (key) accept(key, false);
    else say(status, "Enter an API key first.", "error");
  });
  forget.addEventListener("click", () => {
    keys.clear(slot);
    forget.hidden = true;
    say(status, "The key is forgotten.");
    onKey(null);
  });
  const stored = keys.get(slot);
  if (stored) accept(stored, true);
}
