import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/error-ladder.js";
import { checkFile } from "./file-problem.js";
import { MAX_UPLOAD_BYTES } from "./max-upload-bytes.js";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

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
