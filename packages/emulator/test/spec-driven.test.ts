import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";
import { parseAvi } from "./support/parse-media.ts";
import { writeSpecs } from "./support/toy-specs.ts";

// A made-up family: nothing in the emulator knows it, so everything below must come from the spec.
const TOY_SPEC = `
openapi: 3.1.0
info:
  title: Toy
  version: 1.0.0
  x-runapi: { family: toy, package: "@runapi.ai/toy", provider: Toy Labs, modality: video }
paths:
  /api/v1/toy/make:
    post:
      requestBody:
        content:
          application/json:
            schema:
              oneOf: [{ $ref: "#/components/schemas/ToyA" }]
  /api/v1/toy/make/{id}:
    get: {}
components:
  schemas:
    ToyA:
      type: object
      additionalProperties: false
      required: [model, steps]
      properties:
        model: { type: string, const: toy-a }
        steps: { type: integer, minimum: 1, maximum: 50 }
        seed: { type: integer, minimum: 0 }
        strength: { type: number, maximum: 1 }
        title: { type: string, minLength: 2 }
        note: { type: string, maxLength: 4 }
        tags: { type: array, minItems: 2 }
        extra: { type: array, maxItems: 1 }
        options: { $ref: "./_shared/toy-common.yaml#/Options" }
        flavour: { $ref: "./_shared/toy-common.yaml#/Flavour" }
        quality: { type: string, enum: [low, high], default: high }
      x-runapi-variant:
        status: active
        task: async
        price: { unit: call, cents: 3, by: { quality: { high: 9 } } }
`;

const TOY_SHARED = `
Options:
  type: object
  additionalProperties: false
  required: [mode]
  properties:
    mode: { $ref: "#/Mode" }
    scale: { type: number, minimum: 0.5, maximum: 2 }
Mode: { type: string }
Flavour: { type: string, enum: [sweet, sour] }
`;

describe("an emulator built only from the spec", () => {
  let specs: ReturnType<typeof writeSpecs>;
  let emulator: Emulator;
  const post = (body: unknown) =>
    fetch(`${emulator.url}/api/v1/toy/make`, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    specs = writeSpecs({ "toy.yaml": TOY_SPEC, "_shared/toy-common.yaml": TOY_SHARED });
    emulator = await startEmulator({ port: 0, specsDir: specs.dir, taskDurationMs: 0 });
  });
  afterAll(async () => {
    await emulator.close();
    specs.remove();
  });

  it("serves only the actions of the specs it was given", async () => {
    const flux = await fetch(`${emulator.url}/api/v1/flux_2/text_to_image`, {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}` },
      body: "{}",
    });
    expect(flux.status).toBe(404);
    expect(((await flux.json()) as any).error.message).toBe("No route for POST /api/v1/flux_2/text_to_image");
  });

  it("words bounds and external refs the API's way, fields by name", async () => {
    const response = await post({
      model: "toy-a",
      steps: 0,
      seed: -1,
      strength: 2,
      title: "a",
      note: "hello",
      tags: [1],
      extra: [1, 2],
      flavour: "bitter",
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as any).error.details).toEqual([
      { path: "extra", message: "extra must contain at most 1 items" },
      { path: "flavour", message: "flavour must be one of: sweet, sour" },
      { path: "note", message: "note must be at most 4 characters" },
      { path: "seed", message: "seed must be at least 0" },
      { path: "steps", message: "steps must be between 1 and 50" },
      { path: "strength", message: "strength must be at most 1" },
      { path: "tags", message: "tags must contain at least 2 items" },
      { path: "title", message: "title must be at least 2 characters" },
    ]);
  });

  it("words a value that is not an integer with both bounds as the integer's range", async () => {
    for (const steps of [2.5, "5"]) {
      const response = await post({ model: "toy-a", steps });
      expect(((await response.json()) as any).error.details).toEqual([
        { path: "steps", message: "steps must be an integer between 1 and 50" },
      ]);
    }
  });

  it("takes what is inside an object, which the API does not check", async () => {
    const response = await post({ model: "toy-a", steps: 4, options: { mode: 7, scale: 3, foo: 1 } });
    expect(response.status).toBe(200);
  });

  it("prices from the rule with the field's default, and falls back to the flat price", async () => {
    const price = async (body: unknown) =>
      ((await (await post(body)).json()) as any).billing.reservation.amount_cents;
    expect(await price({ model: "toy-a", steps: 4 })).toBe(9);
    expect(await price({ model: "toy-a", steps: 4, quality: "low" })).toBe(3);
  });

  it("completes a task with the output its family's modality names: a video", async () => {
    const { id } = (await (await post({ model: "toy-a", steps: 4 })).json()) as any;
    const task = (await (
      await fetch(`${emulator.url}/api/v1/toy/make/${id}`, {
        headers: { authorization: `Bearer ${emulator.apiKey}` },
      })
    ).json()) as any;
    expect(task).toMatchObject({
      id,
      status: "completed",
      billing: { settlement: { charged_amount_cents: 9 } },
    });
    expect(task.images).toBeUndefined();
    expect(task.videos).toEqual([{ url: `${emulator.url}/files/${id}/0.avi` }]);
    // No duration field: the video lasts the default 5 seconds.
    const video = await fetch(task.videos[0].url);
    expect(video.headers.get("content-type")).toBe("video/x-msvideo");
    expect(parseAvi(Buffer.from(await video.arrayBuffer())).seconds).toBeCloseTo(5, 6);
    expect((await fetch(`${emulator.url}/files/${id}/0.png`)).status).toBe(404);
  });

  it("refuses to start on a broken spec, naming the file that holds the mistake, its place and the fix", async () => {
    const broken = mkdtempSync(join(tmpdir(), "runapi-emulator-broken-"));
    try {
      // The shared file is missing at first: the error names the ref that needs it.
      writeFileSync(join(broken, "toy.yaml"), TOY_SPEC.replace(/price: .*/, "price: {}"));
      await expect(startEmulator({ port: 0, specsDir: broken })).rejects.toThrow(
        /\/toy\.yaml#\/components\/schemas\/ToyA\/properties\/options\/\$ref: \$ref \.\/_shared\/toy-common\.yaml#\/Options does not resolve: there is no file [^\n]*\/_shared\/toy-common\.yaml\n {2}fix: /,
      );
      mkdirSync(join(broken, "_shared"));
      // A broken ref between two nodes of the shared file is that file's mistake, not the spec's.
      writeFileSync(join(broken, "_shared", "toy-common.yaml"), TOY_SHARED.replace('"#/Mode"', '"#/Mood"'));
      await expect(startEmulator({ port: 0, specsDir: broken })).rejects.toThrow(
        /^[^\n]*\/_shared\/toy-common\.yaml#\/Options\/properties\/mode\/\$ref: \$ref #\/Mood does not resolve: [^\n]*\/_shared\/toy-common\.yaml# has no Mood\n {2}fix: point it at one of the entries there \(Options, Mode, Flavour\)$/,
      );
      writeFileSync(join(broken, "_shared", "toy-common.yaml"), TOY_SHARED);
      await expect(startEmulator({ port: 0, specsDir: broken })).rejects.toThrow(
        /\/toy\.yaml#\/components\/schemas\/ToyA\/x-runapi-variant\/price\/unit: price unit must be one of: call, second, million_tokens, unknown, got undefined\n {2}fix: /,
      );
      writeFileSync(join(broken, "toy.yaml"), TOY_SPEC.replace("minLength: 2", 'minLength: "two"'));
      await expect(startEmulator({ port: 0, specsDir: broken })).rejects.toThrow(
        /\/toy\.yaml#\/components\/schemas\/ToyA\/properties\/title\/minLength: minLength must be a non-negative integer, got "two"\n {2}fix: /,
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
