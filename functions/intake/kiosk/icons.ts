import { crc32, deflateSync } from 'node:zlib';

const BACKGROUND = [0x1f, 0x5f, 0xa8] as const;
const FACE = [0xff, 0xd4, 0x5c] as const;
const INK = [0x1b, 0x1f, 0x24] as const;

/** The app icon as SVG: a smiling face on the accent colour, inside the maskable safe zone. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#1f5fa8"/><circle cx="50" cy="50" r="34" fill="#ffd45c"/><circle cx="39" cy="42" r="4" fill="#1b1f24"/><circle cx="61" cy="42" r="4" fill="#1b1f24"/><path d="M36 57 Q50 70 64 57" fill="none" stroke="#1b1f24" stroke-width="4" stroke-linecap="round"/></svg>`;

/** Which colour the icon has at (u, v), both 0-1: the same drawing as {@link ICON_SVG}. */
function colourAt(u: number, v: number): readonly [number, number, number] {
  const d = (x: number, y: number) => Math.hypot(u - x, v - y);
  if (d(0.5, 0.5) > 0.34) return BACKGROUND;
  if (d(0.39, 0.42) < 0.04 || d(0.61, 0.42) < 0.04) return INK;
  // The smile: a band around a circle below the eyes, lower half only.
  const r = d(0.5, 0.46);
  if (v > 0.55 && Math.abs(r - 0.14) < 0.02 && u > 0.35 && u < 0.65) return INK;
  return FACE;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Draws the icon as an RGB PNG of `size` × `size`, 4 samples a pixel for smooth edges. */
export function iconPng(size: number): Buffer {
  const row = 1 + size * 3;
  const raw = Buffer.alloc(row * size);
  for (let y = 0; y < size; y += 1) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < size; x += 1) {
      const sum = [0, 0, 0];
      for (const [dx, dy] of [[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]] as const) {
        const c = colourAt((x + dx) / size, (y + dy) / size);
        for (let i = 0; i < 3; i += 1) sum[i]! += c[i]!;
      }
      for (let i = 0; i < 3; i += 1) raw[y * row + 1 + x * 3 + i] = Math.round(sum[i]! / 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const drawn = new Map<number, Buffer>();

/** The PNG icon of a size, drawn once per process. */
export function cachedIconPng(size: 192 | 512): Buffer {
  let png = drawn.get(size);
  if (!png) drawn.set(size, (png = iconPng(size)));
  return png;
}
