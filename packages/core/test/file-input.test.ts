import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { toDataUri } from "../src/files/data-uri.js";
import { readFileInput } from "../src/files/file-input.js";
import { checkFile } from "../src/files/file-problem.js";
import { md5Base64 } from "../src/files/md5.js";
import { sniffType } from "../src/files/sniff-type.js";
import { MAX_UPLOAD_BYTES, ValidationError } from "../src/index.js";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe("md5Base64", () => {
  it.each([0, 1, 55, 56, 63, 64, 65, 1000, 100_000])("matches node:crypto for %i bytes", (length) => {
    const bytes = new Uint8Array(length).map((_, i) => (i * 31 + 7) & 255);
    expect(md5Base64(bytes)).toBe(createHash("md5").update(bytes).digest("base64"));
  });
});

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
    expect(sniffType(new Uint8Array([1, 2, 3]))).toBe("application/octet-stream");
    expect(toDataUri({ bytes: png.subarray(0, 3), type: "image/png", name: "x" })).toBe(
      "data:image/png;base64,iVBO",
    );
  });
});

describe("checkFile", () => {
  it("refuses empty, oversized and non-media files with the fix in the message", () => {
    const refuse = (bytes: Uint8Array, type: string) => {
      try {
        checkFile({ bytes, type, name: "x" }, "source_image_urls[0]");
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).message;
      }
      throw new Error("accepted");
    };
    expect(refuse(new Uint8Array(), "image/png")).toBe(
      "source_image_urls[0] is empty: pass the file's bytes",
    );
    expect(refuse(new Uint8Array(MAX_UPLOAD_BYTES + 1), "image/png")).toMatch(
      /is 20\.1 MiB; files may be at most 20 MiB/,
    );
    expect(refuse(png, "application/pdf")).toMatch(
      /has the type application\/pdf; upload an image, video or audio file/,
    );
    expect(() => checkFile({ bytes: png, type: "image/png", name: "x" })).not.toThrow();
  });
});
