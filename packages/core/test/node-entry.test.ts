import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { renderPromptPng } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileExpiredError, ValidationError } from "../src/index.js";
import { downloadToPath, fileFromPath } from "../src/node.js";
import { type Emulator, emulatorWithClient } from "./emulator-client.js";

let emulator: Emulator;
let clientOf: Awaited<ReturnType<typeof emulatorWithClient>>["client"];
const dir = mkdtempSync(join(tmpdir(), "runapi-node-entry-"));
const png = renderPromptPng("from disk");
const photo = join(dir, "photo.png");

beforeAll(async () => {
  ({ emulator, client: clientOf } = await emulatorWithClient({ taskDurationMs: 20 }));
  writeFileSync(photo, png);
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

const served = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());

describe("fileFromPath", () => {
  it("reads a path as a File with its name and a type from its extension, which uploads", async () => {
    const file = await fileFromPath(photo);
    expect(file).toBeInstanceOf(Blob);
    expect([file.name, file.type, file.size]).toEqual(["photo.png", "image/png", png.length]);
    const uploaded = await clientOf().files.upload(file);
    expect(uploaded).toMatchObject({
      file_name: "photo.png",
      mime_type: "image/png",
      size_bytes: png.length,
    });
    expect((await served(uploaded.url)).equals(png)).toBe(true);
  });

  it("sniffs the type of a file whose extension says nothing, and takes a name and type given", async () => {
    const odd = join(dir, "picture.data");
    writeFileSync(odd, png);
    expect((await fileFromPath(odd)).type).toBe("image/png");
    expect(await clientOf().files.upload(await fileFromPath(odd))).toMatchObject({ mime_type: "image/png" });
    // Bytes it does not recognise leave the type empty, for the upload to decide.
    const text = join(dir, "notes");
    writeFileSync(text, "plain words");
    expect((await fileFromPath(text)).type).toBe("");
    const named = await fileFromPath(odd, { fileName: "x.png", contentType: "image/x-custom" });
    expect([named.name, named.type]).toEqual(["x.png", "image/x-custom"]);
  });

  it("is a local file that run uploads before creating the task", async () => {
    const before = emulator.requests.length;
    const done = await clientOf().run(
      {
        model: "images-pro-image-to-image",
        prompt: "The same scene at night",
        source_image_urls: [await fileFromPath(photo)],
      },
      { minDelay: 10 },
    );
    expect(done.status).toBe("completed");
    const created = emulator.requests
      .slice(before)
      .find((request) => request.path === "/api/v1/test_images/image_to_image");
    const [url] = (created?.body as { source_image_urls?: string[] } | undefined)?.source_image_urls ?? [];
    expect((await served(url as string)).equals(png)).toBe(true);
  });

  it("refuses a missing path and a file over 20 MiB without reading it, naming the path", async () => {
    const missing = join(dir, "nope.png");
    await expect(fileFromPath(missing)).rejects.toThrow(
      new ValidationError([
        { path: missing, message: `${missing} does not exist (looked at ${missing}): check the path` },
      ]),
    );
    const huge = join(dir, "huge.png");
    writeFileSync(huge, png);
    truncateSync(huge, 21 * 1024 * 1024); // sparse: nothing to read
    const error = await fileFromPath(huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      `${huge} is 21.0 MiB; files may be at most 20 MiB: resize or compress it`,
    );
  });
});

describe("downloadToPath", () => {
  it("writes an output to a path, creating its folder, and answers the absolute path", async () => {
    const done = await clientOf().run(
      { model: "images-pro-text-to-image", prompt: "A red fox" },
      { minDelay: 10 },
    );
    const image = done.images?.[0];
    if (!image) throw new Error("no image");
    const target = join(dir, "out", "nested", `${done.id}.png`);
    expect(await downloadToPath(image, target)).toBe(target);
    expect(readFileSync(target).equals(await served(image.url))).toBe(true);
    expect(readdirSync(join(dir, "out", "nested"))).toEqual([`${done.id}.png`]);
  });

  it("leaves no file behind when the download fails", async () => {
    const short = await emulatorWithClient({ taskDurationMs: 10, outputTtlMs: 30 });
    try {
      const done = await short
        .client()
        .run({ model: "images-pro-text-to-image", prompt: "Gone soon" }, { minDelay: 10 });
      await delay(60);
      const target = join(dir, "expired", "x.png");
      await expect(downloadToPath(done.images?.[0] as never, target)).rejects.toBeInstanceOf(
        FileExpiredError,
      );
      expect(existsSync(target)).toBe(false);
      expect(readdirSync(join(dir, "expired"))).toEqual([]);
    } finally {
      await short.emulator.close();
    }
  });

  it("refuses something that is not an output", async () => {
    const error = await downloadToPath(
      { url: "https://example.com/x.png" } as never,
      join(dir, "y.png"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe("output");
  });
});
