#!/usr/bin/env node
// Draws Tieout's add-in icons (16, 32, 64, 80, 128 px PNGs) with no image tool: a Fluent-blue rounded
// square, two ledger lines and a tick. Run `node assets/make-icons.cjs` after changing the drawing;
// the PNGs are committed, so builds and tests never run this.
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { deflateSync } = require("node:zlib");

const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];

/** Distance from p to segment ab, in units of the icon's side. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Colour and coverage of the point (x, y) in [0, 1]²: [r, g, b, a]. */
function shade(x, y) {
  const r = 0.18; // corner radius
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0),
    qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (Math.hypot(qx, qy) > r) return [0, 0, 0, 0];
  const lines = Math.min(segment(x, y, 0.2, 0.3, 0.62, 0.3), segment(x, y, 0.2, 0.47, 0.5, 0.47)) < 0.045;
  const tick = Math.min(segment(x, y, 0.42, 0.66, 0.54, 0.78), segment(x, y, 0.54, 0.78, 0.8, 0.42)) < 0.065;
  return lines || tick ? [...WHITE, 1] : [...BLUE, 1];
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const ss = 4; // 4×4 samples per pixel, for smooth edges
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const [cr, cg, cb, ca] = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      const o = 1 + px * 4;
      row[o] = a ? Math.round(r / a) : 0;
      row[o + 1] = a ? Math.round(g / a) : 0;
      row[o + 2] = a ? Math.round(b / a) : 0;
      row[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(__dirname, `icon-${size}.png`), png(size));
