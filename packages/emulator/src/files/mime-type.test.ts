import { describe, expect, it } from "vitest";
import { mimeTypeOf } from "./mime-type.js";

describe("mimeTypeOf", () => {
  it("sniffs common signatures before trusting the name", () => {
    expect(mimeTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), "x.png")).toBe("image/jpeg");
    expect(mimeTypeOf(Buffer.from("RIFF0000WEBPVP8 "), undefined)).toBe("image/webp");
    expect(mimeTypeOf(Buffer.from("plain"), "notes.txt")).toBe("text/plain");
    expect(mimeTypeOf(Buffer.from("plain"), "noext")).toBe("application/octet-stream");
  });
});
