import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodePng, renderPromptPng } from "./render-png.js";

/** Splits a PNG into chunks, checking each CRC with an independent implementation. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const crc = (bytes: Buffer) => {
    let c = ~0;
    for (const byte of bytes) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc(typeAndData));
    out.push({ type: typeAndData.subarray(0, 4).toString("latin1"), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  return out;
}

describe("PNG encoder", () => {
  it("writes a signature, IHDR, IDAT and IEND whose pixels decode back", () => {
    const rgb = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 1, 2, 3]);
    const png = encodePng(2, 2, rgb);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((part) => part.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([2, 2, 8, 2]);
    // Each row: filter byte 0, then RGB.
    expect([...inflateSync(parts[1]!.data)]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 1, 2, 3]);
  });

  it("renders 64×64 pictures that depend on the prompt", () => {
    const a = renderPromptPng("a cat");
    expect(chunks(a)[0]!.data.readUInt32BE(0)).toBe(64);
    expect(a.equals(renderPromptPng("a cat"))).toBe(true);
    expect(a.equals(renderPromptPng("a dog"))).toBe(false);
  });

  it("refuses pixel data of the wrong size", () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(RangeError);
  });
});
