import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { md5Base64 } from "./md5.js";

describe("md5Base64", () => {
  it.each([0, 1, 55, 56, 63, 64, 65, 1000, 100_000])("matches node:crypto for %i bytes", (length) => {
    const bytes = new Uint8Array(length).map((_, i) => (i * 31 + 7) & 255);
    expect(md5Base64(bytes)).toBe(createHash("md5").update(bytes).digest("base64"));
  });
});
