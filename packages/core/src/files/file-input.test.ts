import { describe, expect, it } from "vitest";
import { toDataUri } from "./data-uri.js";
import { readFileInput } from "./file-input.js";
import { sniffType } from "./sniff-type.js";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe("readFileInput", () => {
  it("reads a Blob, a File, an ArrayBuffer, a Uint8Array, a Buffer and a ReadableStream to the same bytes", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(png.subarray(0, 5));
        controller.enqueue(png.subarray(5));
        controller.close();
      },
    });
    const inputs = [
      new Blob([png]),
      new File([png], "photo.png", { type: "image/png" }),
      png.slice().buffer,
      png,
      Buffer.from(png),
      stream,
    ];
    for (const input of inputs) {
      const file = await readFileInput(input);
      expect([...file.bytes]).toEqual([...png]);
      expect(file.type).toBe("image/png");
    }
    expect((await readFileInput(new File([png], "photo.png", { type: "image/png" }))).name).toBe("photo.png");
    expect((await readFileInput(png)).name).toBe("upload.png");
  });

  it("keeps a given name and type, and sniffs common formats", async () => {
    expect(await readFileInput(png, { fileName: "a.bin", contentType: "image/x-custom" })).toMatchObject({
      name: "a.bin",
      type: "image/x-custom",
    });
    expect(sniffType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(sniffType(new TextEncoder().encode("RIFF\0\0\0\0AVI LIST"))).toBe("video/x-msvideo");
    expect(sniffType(new Uint8Array([1, 2, 3]))).toBe("application/octet-stream");
    expect(toDataUri({ bytes: png.subarray(0, 3), type: "image/png", name: "x" })).toBe(
      "data:image/png;base64,iVBO",
    );
  });
});
