// npx tsx scripts/draw-example-picture.ts: draws the example story's picture (stories/zhoushan-islands/media/),
// a flat illustration of a ferry between two of the islands, made by this project and published under CC BY 4.0.
// It is drawn here, not photographed, so the project may publish it; run again only to change the drawing (the
// PNG is committed, and the build makes its sizes from it like any editor's picture).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';

const WIDTH = 1280;
const HEIGHT = 800;
const HORIZON = 430;

/** A hill's outline from its foot at `x0` to `x1`, its top `height` above the horizon, shoulders at `shape`. */
function island(x0: number, x1: number, height: number, shape: number[], fill: string): string {
  const step = (x1 - x0) / (shape.length + 1);
  const tops = shape.map(
    (s, i) => `L${(x0 + step * (i + 1)).toFixed(0)},${(HORIZON - s * height).toFixed(0)}`,
  );
  return `<path d="M${x0},${HORIZON} ${tops.join(' ')} L${x1},${HORIZON} Z" fill="${fill}"/>`;
}

/** Wave marks across the sea, further apart and larger nearer the viewer. */
function waves(): string {
  const marks: string[] = [];
  for (let row = 0; row < 9; row++) {
    const y = HORIZON + 30 + row * row * 5 + row * 20;
    const size = 10 + row * 4;
    for (let x = (row * 53) % 140; x < WIDTH; x += 140 + row * 10)
      marks.push(`<path d="M${x},${y} q${size / 2},-${size / 3} ${size},0" />`);
  }
  return `<g fill="none" stroke="#e8f1f2" stroke-width="3" stroke-linecap="round" opacity="0.7">${marks.join('')}</g>`;
}

const ferry = `
<g transform="translate(610,505)">
  <path d="M-160,0 L160,0 L130,48 L-140,48 Z" fill="#f4f1ea"/>
  <rect x="-160" y="18" width="320" height="8" fill="#b23a2e"/>
  <rect x="-95" y="-46" width="170" height="46" rx="4" fill="#ffffff"/>
  <rect x="-55" y="-80" width="90" height="34" rx="4" fill="#ffffff"/>
  <g fill="#2f6f73">${[-82, -52, -22, 8, 38].map((x) => `<rect x="${x}" y="-36" width="22" height="14" rx="2"/>`).join('')}</g>
  <rect x="40" y="-104" width="18" height="26" fill="#b23a2e"/>
</g>
<path d="M460,560 C320,575 200,590 20,612 L20,628 C220,606 340,590 470,573 Z" fill="#e8f1f2" opacity="0.8"/>`;

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#9fc6d6"/><stop offset="1" stop-color="#f1e6cf"/>
    </linearGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#4f8d97"/><stop offset="1" stop-color="#1f4f5c"/>
    </linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HORIZON}" fill="url(#sky)"/>
  <circle cx="1010" cy="170" r="54" fill="#f7d98b"/>
  ${island(700, 1180, 120, [0.3, 0.6, 0.5, 0.8, 0.4, 0.2], '#8aa9a4')}
  ${island(-40, 560, 190, [0.4, 0.7, 1, 0.75, 0.85, 0.5, 0.3, 0.15], '#3f6b5e')}
  ${island(880, 1330, 150, [0.2, 0.55, 0.9, 0.7, 0.5, 0.3], '#567f6f')}
  <rect y="${HORIZON}" width="${WIDTH}" height="${HEIGHT - HORIZON}" fill="url(#sea)"/>
  ${waves()}
  ${ferry}
</svg>`;

const out = resolve(import.meta.dirname, '../stories/zhoushan-islands/media/ferry-crossing.png');
const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, colours: 96 }).toBuffer();
writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
