// Bar charts drawn as inline SVG (no chart library). Each chart is a <figure> with a caption,
// an SVG with role="img" and a text summary, a legend, and the numbers as a table for
// screen readers and anyone who wants them exact.
import { el, svg } from "./common.js";

const WIDTH = 640;

function niceMax(value) {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    if (factor * step >= value) return factor * step;
  }
  return 10 * step;
}

function format(value, unit) {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return unit ? `${text} ${unit}` : text;
}

function table(caption, head, rows) {
  return el(
    "details",
    {},
    el("summary", { text: "Numbers as a table" }),
    el(
      "div",
      { class: "table-wrap" },
      el(
        "table",
        {},
        el("caption", { class: "visually-hidden", text: caption }),
        el("thead", {}, el("tr", {}, head.map((name) => el("th", { scope: "col", text: name })))),
        el("tbody", {}, rows.map((row) => el("tr", {}, row.map((cell) => el("td", { text: cell }))))),
      ),
    ),
  );
}

function legend(series) {
  return el(
    "ul",
    { class: "legend" },
    series.map((s) => el("li", {}, el("span", { class: `swatch s-${s.key}`, "aria-hidden": "true" }), s.name)),
  );
}

/** Vertical stacked bars: one per label, `series` = [{name, key, values}] stacked in order. */
export function stackedBars({ id, title, labels, series, unit = "" }) {
  const height = 260;
  const left = 44;
  const bottom = 40;
  const top = 12;
  const plotW = WIDTH - left - 8;
  const plotH = height - top - bottom;
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + s.values[i], 0));
  const max = niceMax(Math.max(0, ...totals));
  const band = plotW / Math.max(1, labels.length);
  const barW = Math.max(2, band * 0.7);
  const every = Math.ceil(labels.length / 10);
  const sum = series.map((s) => `${s.values.reduce((a, b) => a + b, 0)} ${s.name.toLowerCase()}`);
  const chart = svg(
    "svg",
    { viewBox: `0 0 ${WIDTH} ${height}`, role: "img", "aria-labelledby": `${id}-t ${id}-d` },
    svg("title", { id: `${id}-t`, text: title }),
    svg("desc", { id: `${id}-d`, text: `${labels.length} bars, ${labels[0]} to ${labels.at(-1)}: ${sum.join(", ")} in all.` }),
  );
  const grid = svg("g", { class: "grid" });
  const axis = svg("g", { class: "axis" });
  const ticks = Number.isInteger(max / 4) || !Number.isInteger(max / 5) ? 4 : 5;
  for (let k = 0; k <= ticks; k += 1) {
    const value = (max * k) / ticks;
    const y = top + plotH - (plotH * k) / ticks;
    grid.append(svg("line", { x1: left, x2: WIDTH - 8, y1: y, y2: y }));
    axis.append(svg("text", { x: left - 6, y: y + 4, "text-anchor": "end", text: format(value) }));
  }
  axis.append(svg("line", { x1: left, x2: WIDTH - 8, y1: top + plotH, y2: top + plotH }));
  const bars = svg("g", { class: "bars" });
  labels.forEach((label, i) => {
    const x = left + band * i + (band - barW) / 2;
    let base = top + plotH;
    for (const s of series) {
      const h = (plotH * s.values[i]) / max;
      if (h > 0) {
        base -= h;
        bars.append(
          svg("rect", { x, y: base, width: barW, height: h, class: `s-${s.key}` },
            svg("title", { text: `${label}: ${format(s.values[i], unit)} ${s.name.toLowerCase()}` })),
        );
      }
    }
    if (i % every === 0) {
      axis.append(svg("text", { x: x + barW / 2, y: top + plotH + 16, "text-anchor": "middle", text: label.slice(5) }));
    }
  });
  chart.append(grid, bars, axis);
  return el(
    "figure",
    { class: "chart", id },
    el("figcaption", { text: title }),
    chart,
    legend(series),
    table(title, ["", ...series.map((s) => s.name)], labels.map((label, i) => [label, ...series.map((s) => format(s.values[i], unit))])),
  );
}

/** Horizontal bars: [{label, value, key?}] scaled to `scale` (default: the largest value). */
export function horizontalBars({ id, title, items, unit = "", scale, width = 480 }) {
  const WIDTH = width; // narrower than the day chart: these often sit two to a row
  const row = 28;
  const labelW = 130;
  const valueW = 80;
  const height = Math.max(1, items.length) * row + 8;
  const max = scale || Math.max(0, ...items.map((item) => item.value)) || 1;
  const plotW = WIDTH - labelW - valueW;
  const chart = svg(
    "svg",
    { viewBox: `0 0 ${WIDTH} ${height}`, role: "img", "aria-labelledby": `${id}-t ${id}-d` },
    svg("title", { id: `${id}-t`, text: title }),
    svg("desc", { id: `${id}-d`, text: items.map((item) => `${item.label}: ${format(item.value, unit)}`).join("; ") || "No data." }),
  );
  if (!items.length) {
    chart.append(svg("text", { x: 8, y: 22, class: "label", text: "Nothing to show." }));
  }
  items.forEach((item, i) => {
    const y = 4 + i * row;
    const w = Math.max(item.value > 0 ? 2 : 0, (plotW * item.value) / max);
    chart.append(
      svg("text", { x: labelW - 8, y: y + row / 2 + 4, "text-anchor": "end", class: "label", text: item.label }),
      svg("rect", { x: labelW, y: y + 4, width: w, height: row - 10, class: `s-${item.key || "bar"}` },
        svg("title", { text: `${item.label}: ${format(item.value, unit)}` })),
      svg("text", { x: labelW + w + 6, y: y + row / 2 + 4, class: "label", text: format(item.value, unit) }),
    );
  });
  return el(
    "figure",
    { class: "chart", id },
    el("figcaption", { text: title }),
    chart,
    table(title, ["", unit || "count"], items.map((item) => [item.label, format(item.value, unit)])),
  );
}
