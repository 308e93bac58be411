// The scale bench's curves as one SVG: each figure as a multiple of its value at the smallest size, on a log scale,
// beside the line a cost growing in proportion to the size would follow. A flat curve is a cost that stays put.

interface Series {
  name: string;
  /** Values at each x, in the panel's order; null where not measured. */
  values: (number | null)[];
  color: string;
}

export interface Panel {
  title: string;
  xLabel: string;
  xs: number[];
  series: Series[];
}

const W = 460;
const H = 330;
const M = { left: 48, right: 16, top: 34, bottom: 126 };
/** Low enough for a fixed cost shared by 25 times more stories. */
const MIN = 1 / 32;
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Multiples of the first value; null where it or the first is missing or zero. */
export function relative(values: readonly (number | null)[]): (number | null)[] {
  const first = values[0];
  return values.map((v) =>
    v === null || first === null || first === undefined || first <= 0 ? null : v / first,
  );
}

function panel(p: Panel, dx: number, max: number): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const lx = (x: number) => Math.log(x / p.xs[0]!) / Math.log(p.xs.at(-1)! / p.xs[0]!);
  const px = (x: number) => dx + M.left + lx(x) * plotW;
  const py = (r: number) =>
    M.top + plotH - ((Math.log(Math.max(r, MIN)) - Math.log(MIN)) / (Math.log(max) - Math.log(MIN))) * plotH;
  const out: string[] = [`<text x="${dx + M.left}" y="20" font-weight="600">${esc(p.title)}</text>`];
  for (let r = MIN; r <= max; r *= 2) {
    out.push(
      `<line x1="${dx + M.left}" x2="${dx + W - M.right}" y1="${py(r)}" y2="${py(r)}" stroke="${r === 1 ? '#888' : '#e3e3e3'}"/>`,
      `<text x="${dx + M.left - 6}" y="${py(r) + 4}" text-anchor="end">${r < 1 ? `1/${1 / r}` : r}×</text>`,
    );
  }
  for (const x of p.xs)
    out.push(`<text x="${px(x)}" y="${M.top + plotH + 16}" text-anchor="middle">${x}</text>`);
  out.push(
    `<text x="${dx + M.left + plotW / 2}" y="${M.top + plotH + 32}" text-anchor="middle">${esc(p.xLabel)}</text>`,
  );
  const linear = p.xs.map((x) => `${px(x)},${py(x / p.xs[0]!)}`).join(' ');
  out.push(`<polyline points="${linear}" fill="none" stroke="#999" stroke-dasharray="4 3"/>`);
  const legend = [{ name: 'in proportion to the size', color: '#999', dashed: true }, ...p.series];
  p.series.forEach((s) => {
    const rel = relative(s.values);
    const pts = p.xs.flatMap((x, i) => (rel[i] == null ? [] : [`${px(x)},${py(rel[i]!)}`]));
    out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
    for (const pt of pts) {
      const [cx, cy] = pt.split(',');
      out.push(`<circle cx="${cx}" cy="${cy}" r="2.5" fill="${s.color}"/>`);
    }
  });
  legend.forEach((s, i) => {
    const y = M.top + plotH + 50 + Math.floor(i / 2) * 16;
    const x = dx + M.left + (i % 2) * 205;
    const dash = 'dashed' in s ? ' stroke-dasharray="4 3"' : '';
    out.push(
      `<line x1="${x}" x2="${x + 18}" y1="${y - 4}" y2="${y - 4}" stroke="${s.color}" stroke-width="2"${dash}/>`,
      `<text x="${x + 24}" y="${y}">${esc(s.name)}</text>`,
    );
  });
  return out.join('\n  ');
}

/** Panels side by side, sharing one vertical scale (the largest multiple, in powers of two). */
export function scaleChart(panels: readonly Panel[], caption: string): string {
  let max = 2;
  for (const p of panels) {
    max = Math.max(max, p.xs.at(-1)! / p.xs[0]!);
    for (const s of p.series) for (const r of relative(s.values)) if (r !== null) max = Math.max(max, r);
  }
  max = 2 ** Math.ceil(Math.log2(max));
  const width = W * panels.length;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H + 18}" viewBox="0 0 ${width} ${H + 18}" font-family="sans-serif" font-size="11" fill="#222">
  <rect width="100%" height="100%" fill="#fff"/>
  ${panels.map((p, i) => panel(p, i * W, max)).join('\n  ')}
  <text x="8" y="${H + 12}" fill="#555">${esc(caption)}</text>
</svg>
`;
}
