import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** A truecolor 8-bit PNG from `width × height × 3` RGB bytes, row by row. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  if (rgb.length !== width * height * 3) throw new RangeError(`expected ${width * height * 3} RGB bytes`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  // Bytes 10–12 (compression, filter, interlace) stay 0: the only methods PNG defines.
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    // Each row starts with its filter type; 0 (none) keeps the encoder trivial.
    rows[y * (1 + width * 3)] = 0;
    Buffer.from(rgb.buffer, rgb.byteOffset + y * width * 3, width * 3).copy(rows, y * (1 + width * 3) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/** The bytes every picture, video frame and tone of one seed is drawn from. */
export const seedBytes = (seed: string): Buffer => createHash("sha256").update(seed).digest();

/**
 * `size × size × 3` RGB bytes: a diagonal gradient between two colours with a disc on it, all picked by `hash`.
 * `shift` (0 to 1) moves the disc to the right, wrapping around, which is what makes video frames move.
 */
export function drawSeededPicture(hash: Uint8Array, size: number, shift = 0): Uint8Array {
  const byte = (i: number) => hash[i % hash.length]!;
  const cx = (shift === 0 ? byte(6) / 255 : (byte(6) / 255 + shift) % 1) * size;
  const cy = (byte(7) / 255) * size;
  const radius = size / 6 + (byte(8) / 255) * (size / 4);
  const rgb = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const t = (x + y) / (2 * (size - 1));
      const inDisc = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
      for (let c = 0; c < 3; c++) {
        const value = inDisc ? byte(9 + c) : byte(c) * (1 - t) + byte(3 + c) * t;
        rgb[(y * size + x) * 3 + c] = Math.round(value);
      }
    }
  }
  return rgb;
}

/**
 * A small picture drawn from a hash of the prompt: a diagonal gradient between two colours with a disc on it.
 * Different prompts give different bytes, so tests can tell outputs apart; the same prompt gives the same image.
 */
export function renderPromptPng(prompt: string, size = 64): Buffer {
  return encodePng(size, size, drawSeededPicture(seedBytes(prompt), size));
}
