import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { localFileMistake } from "./local-file-mistake.js";

const INSTEAD = 'from "@runapi.ai/core/node" in Node, or as a Blob, File or bytes; or pass an http(s) URL';

describe("localFileMistake", () => {
  it("names the caller's own package as where fileFromPath is", () => {
    expect(localFileMistake("./photo.png", "@runapi.ai/flux-2/node")).toBe(
      'is a local path, which RunAPI cannot fetch: pass the file instead, as await fileFromPath("./photo.png") from "@runapi.ai/flux-2/node" in Node, or as a Blob, File or bytes; or pass an http(s) URL',
    );
  });

  it.each([
    ["./photo.png", '"./photo.png"'],
    ["../x.jpg", '"../x.jpg"'],
    [".\\x.jpg", '".\\\\x.jpg"'],
    ["/home/a.png", '"/home/a.png"'],
    ["C:\\a.png", '"C:\\\\a.png"'],
    ["d:/photos/a.png", '"d:/photos/a.png"'],
    ["\\\\server\\share\\a.png", '"\\\\\\\\server\\\\share\\\\a.png"'],
    // Node reads neither as a path: the example turns each into one.
    ["~/a.png", 'join(homedir(), "a.png")'],
    ["file:///home/a.png", 'fileURLToPath("file:///home/a.png")'],
  ])("names %s as a local path, with the call that reads it", (path, argument) => {
    expect(localFileMistake(path)).toBe(
      `is a local path, which RunAPI cannot fetch: pass the file instead, as await fileFromPath(${argument}) ${INSTEAD}`,
    );
  });

  it.each([
    "https://example.com/a.png",
    "http://127.0.0.1/a.png",
    // Protocol-relative, a data: URI, a bare name, a word: not paths, left to the field's own checks.
    "//cdn.example.com/a.png",
    "data:image/png;base64,AAAA",
    "photo.png",
    "a cat",
    "",
  ])("leaves %j to the field's own checks", (text) => {
    expect(localFileMistake(text)).toBeUndefined();
  });

  it("names an fs.ReadStream, with the path it reads", () => {
    const path = fileURLToPath(import.meta.url);
    const stream = createReadStream(path);
    try {
      expect(localFileMistake(stream)).toBe(
        `is a Node stream, which cannot be sent: pass the file instead, as await fileFromPath(${JSON.stringify(path)}) ${INSTEAD}`,
      );
    } finally {
      stream.destroy();
    }
  });

  it("names any Node stream, with a placeholder for its path", () => {
    expect(localFileMistake(Readable.from(["bytes"]))).toBe(
      `is a Node stream, which cannot be sent: pass the file instead, as await fileFromPath(path) ${INSTEAD}`,
    );
  });

  it("leaves what create takes, and other values, to the field's own checks", () => {
    for (const value of [
      new Blob(["x"]),
      new Uint8Array(1),
      new ReadableStream(),
      {},
      null,
      3,
      ["./a.png"],
    ]) {
      expect(localFileMistake(value)).toBeUndefined();
    }
  });
});
