// Draws the extension's own icon (a switch turned off on a rounded square, not
// LinkedIn's logo) at 16/32/48/128 px into public/icons, with no image library:
// anti-aliased shapes from distance functions, written as PNG with node:zlib.
import { crc32, deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BG = [18, 94, 89]; // deep teal
const FG = [255, 255, 255];

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
// Signed distance to a rounded box centred at (cx, cy) with half sizes (hx, hy), radius r.
function box(x, y, cx, cy, hx, hy, r) {
  const qx = Math.abs(x - cx) - hx + r,
    qy = Math.abs(y - cy) - hy + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
const cover = (d, px) => Math.min(1, Math.max(0, 0.5 - d / px));

function draw(size) {
  const out = Buffer.alloc(size * size * 4);
  const px = 1 / size; // one pixel in unit coordinates
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) / size,
        y = (j + 0.5) / size;
      const tile = cover(box(x, y, 0.5, 0.5, 0.5, 0.5, 0.22), px);
      // The switch: a pill outline with its knob on the left (off).
      const pill = box(x, y, 0.5, 0.5, 0.36, 0.19, 0.19);
      const ring = cover(Math.abs(pill) - Math.max(0.045, px * 0.9), px);
      const knob = cover(Math.hypot(x - 0.33, y - 0.5) - 0.12, px);
      const fg = Math.max(ring, knob);
      const o = (j * size + i) * 4;
      for (let c = 0; c < 3; c++) out[o + c] = Math.round(BG[c] * (1 - fg) + FG[c] * fg);
      out[o + 3] = Math.round(255 * tile);
    }
  return png(size, out);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, draw(size));
console.log('icons written');
