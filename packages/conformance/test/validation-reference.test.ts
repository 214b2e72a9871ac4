/**
 * The API's validation as its contract states it (../shared/runapi-api.md, "Validation"), one row per rule kind
 * and per field check: a request against the small spec below and the first problem the API answers for it,
 * written from the contract's text, not from core's validator. Every row goes through core's client (with
 * `strict: false`, only the API's own checks; and as it comes, strict) and through the emulator over HTTP, and
 * both must give that message first, or both take the request.
 *
 * The words of a rule the contract does not spell out (required_any, a rule's enum) are the spec format's, as
 * CONTRIBUTING.md states them: "one of a, b is required when …", "aspect_ratio must be one of: 16:9 when …".
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ActionClient, type ActionShape, ValidationError } from "@runapi.ai/core";
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatProblem, loadSpec, readFamily } from "../../spec/src/index.ts";
import { firstProblem } from "../src/refusal.ts";
import { actionClient, catalogClient } from "../src/spec-families.ts";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const PATH = "/api/v1/reference/check";

/** One action, two models (listed out of order: the API sorts them), every kind of field check and rule. */
const SPEC = `
openapi: 3.1.0
info:
  title: Reference
  version: 1.0.0
  description: The validation contract, one field or rule per check.
  x-runapi: { family: reference, package: "@runapi.ai/reference", provider: Reference Labs, modality: image }
servers:
  - url: https://runapi.ai
paths:
  ${PATH}:
    post:
      operationId: createCheck
      summary: Check a request.
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - $ref: "#/components/schemas/RefB"
                - $ref: "#/components/schemas/RefA"
              discriminator:
                propertyName: model
                mapping:
                  ref-b: "#/components/schemas/RefB"
                  ref-a: "#/components/schemas/RefA"
            examples:
              ref-b:
                value: { model: ref-b, prompt: a dog }
              ref-a:
                value:
                  model: ref-a
                  prompt: a cat
                  images: ["https://example.com/a.png"]
                  options: { size: s }
                  safe: true
                  level: 1
      responses:
        "200": { $ref: "./_shared/common.yaml#/components/responses/TaskCreated" }
        "422": { $ref: "./_shared/common.yaml#/components/responses/Error" }
  ${PATH}/{id}:
    get:
      operationId: getCheck
      summary: Read a check task.
      parameters:
        - $ref: "./_shared/common.yaml#/components/parameters/TaskId"
      responses:
        "200": { $ref: "./_shared/common.yaml#/components/responses/ImagesTask" }
components:
  schemas:
    RefB:
      type: object
      title: Reference B
      additionalProperties: false
      required: [model, prompt]
      properties:
        model: { type: string, const: ref-b }
        prompt: { type: string }
      x-runapi-variant: { status: active, task: async, price: { unit: call, cents: 1 } }
    RefA:
      type: object
      title: Reference A
      additionalProperties: false
      required: [model, prompt, images, options, safe, level]
      properties:
        model: { type: string, const: ref-a }
        prompt: { type: string, minLength: 3, maxLength: 10 }
        title: { type: string, minLength: 2 }
        note: { type: string, maxLength: 4 }
        images: { type: array, minItems: 1, maxItems: 2, items: { type: string, pattern: "^https?://" } }
        tags: { type: array, minItems: 2, items: { type: string } }
        extra_urls: { type: array, maxItems: 1, items: { type: string } }
        options: { type: object, properties: { size: { type: string } } }
        safe: { type: boolean }
        level: { type: integer, minimum: 0, maximum: 3 }
        mode: { type: string, enum: [plain, remix, exact] }
        stability: { type: number, enum: [0.0, 0.5, 1.0] }
        count: { type: integer, enum: [1] }
        watermark: { type: boolean, enum: [false] }
        duration: { type: integer, enum: [5, 10] }
        steps: { type: integer, minimum: 1, maximum: 50 }
        seed: { type: integer, minimum: 0 }
        strength: { type: number, minimum: 0, maximum: 1 }
        scale: { type: number, minimum: 0.5 }
        weight: { type: number, maximum: 2 }
        enable_sound: { type: boolean }
        sound_prompt: { type: string }
        lyrics: { type: string }
        style: { type: string }
        negative_prompt: { type: string }
        aspect_ratio: { type: string, enum: ["1:1", "16:9"] }
      allOf:
        - if: { allOf: [{ properties: { mode: { const: exact } }, required: [mode] }] }
          then: { required: [lyrics] }
        - if:
            allOf:
              - { properties: { mode: { const: remix } }, required: [mode] }
              - { properties: { enable_sound: { const: true } }, required: [enable_sound] }
          then: { required: [sound_prompt] }
        - if: { allOf: [{ properties: { duration: { const: 10 } }, required: [duration] }] }
          then: { not: { anyOf: [{ required: [negative_prompt] }] } }
        - if: { allOf: [{ properties: { enable_sound: { const: false } }, required: [enable_sound] }] }
          then: { not: { anyOf: [{ required: [sound_prompt] }] } }
        - if: { allOf: [{ required: [style] }] }
          then: { anyOf: [{ required: [lyrics] }, { required: [sound_prompt] }] }
        - if: { allOf: [{ properties: { mode: { const: remix } }, required: [mode] }] }
          then: { properties: { aspect_ratio: { enum: ["1:1"] } } }
      x-runapi-variant: { status: active, task: async, price: { unit: call, cents: 1 } }
`;

/** A request ref-a takes: every row changes it a little. */
const BASE = {
  model: "ref-a",
  prompt: "a cat",
  images: ["https://example.com/a.png"],
  options: { size: "s" },
  safe: true,
  level: 1,
};

interface Row {
  /** What the row shows. */
  case: string;
  /** Fields to set on the base request (undefined: leave the field out). */
  with: Record<string, unknown>;
  /** The API's first message, or null when the API takes the request. */
  first: string | null;
  /** When the API takes it: the first message of the SDK's strict checks, if they refuse it. */
  strict?: string;
}

const MODELS = "model must be one of: ref-a, ref-b";
const PROMPT_LENGTH = "prompt must be between 3 and 10 characters";
const IMAGES_COUNT = "images must contain between 1 and 2 items";
const STABILITY = "stability must be one of: 0.0, 0.5, 1.0";
const STEPS_INTEGER = "steps must be an integer between 1 and 50";
const STEPS_RANGE = "steps must be between 1 and 50";
const IMAGE = "https://example.com/a.png";

const ROWS: Row[] = [
  // 1. Model membership, sorted, whatever else is wrong.
  { case: "a model the action lacks", with: { model: "ref-z" }, first: MODELS },
  { case: "a missing model", with: { model: undefined }, first: MODELS },
  { case: "a model that is not a string", with: { model: 7 }, first: MODELS },
  {
    case: "the model before every other problem",
    with: { model: "ref-z", prompt: "  ", mode: "exact" },
    first: MODELS,
  },
  // 2. Cross-field rules, in spec order, each when every `when` field is there and equal as text.
  { case: "required when", with: { mode: "exact" }, first: "lyrics is required when mode is exact" },
  {
    case: "required when, a blank value",
    with: { mode: "exact", lyrics: "   " },
    first: "lyrics is required when mode is exact",
  },
  {
    case: "a condition on a field that is null does not hold",
    with: { mode: null },
    first: null,
    strict: "mode must be a string",
  },
  {
    case: "required when, two conditions joined with and",
    with: { mode: "remix", enable_sound: true },
    first: "sound_prompt is required when mode is remix and enable_sound is true",
  },
  {
    case: 'a condition compared as text: "true" is true',
    with: { mode: "remix", enable_sound: "true" },
    first: "sound_prompt is required when mode is remix and enable_sound is true",
  },
  {
    case: "not allowed when, on a number",
    with: { duration: 10, negative_prompt: "blur" },
    first: "negative_prompt is not allowed when duration is 10",
  },
  {
    case: 'a condition compared as text: "10" is 10, and the rule comes before the field\'s own problem',
    with: { duration: "10", negative_prompt: "blur" },
    first: "negative_prompt is not allowed when duration is 10",
  },
  {
    case: "not allowed when: a blank value is not there",
    with: { duration: 10, negative_prompt: "  " },
    first: null,
  },
  {
    case: "not allowed when, on false: false is a value",
    with: { enable_sound: false, sound_prompt: "hum" },
    first: "sound_prompt is not allowed when enable_sound is false",
  },
  {
    case: "required any",
    with: { style: "ink" },
    first: "one of lyrics, sound_prompt is required when style is present",
  },
  { case: "required any: a blank condition field is absent", with: { style: "   " }, first: null },
  {
    case: "enum when",
    with: { mode: "remix", aspect_ratio: "16:9" },
    first: "aspect_ratio must be one of: 1:1 when mode is remix",
  },
  {
    case: "enum when, its condition not holding",
    with: { mode: "plain", aspect_ratio: "16:9" },
    first: null,
  },
  // Order: model, rules, then fields sorted by name; the checks the API does not make after all of its own.
  {
    case: "rules before fields",
    with: { mode: "exact", prompt: "ab" },
    first: "lyrics is required when mode is exact",
  },
  {
    case: "rules in spec order",
    with: { duration: 10, negative_prompt: "x", mode: "exact" },
    first: "lyrics is required when mode is exact",
  },
  { case: "fields by name", with: { prompt: "ab", images: [], count: 2 }, first: "count must be one of: 1" },
  {
    case: "fields by name, not as sent",
    with: { weight: 3, aspect_ratio: "4:3" },
    first: "aspect_ratio must be one of: 1:1, 16:9",
  },
  {
    case: "a JSON type after the API's problems",
    with: { enable_sound: "yes", prompt: "ab" },
    first: PROMPT_LENGTH,
  },
  { case: "an unknown field after the API's problems", with: { aaa: 1, prompt: "ab" }, first: PROMPT_LENGTH },
  {
    case: "a pattern after the API's problems",
    with: { images: ["ftp://x"], prompt: "ab" },
    first: PROMPT_LENGTH,
  },
  {
    case: "a JSON type the API does not check",
    with: { enable_sound: "yes" },
    first: null,
    strict: "enable_sound must be a boolean",
  },
  {
    case: "a field the spec does not name",
    with: { aaa: 1 },
    first: null,
    strict: "aaa is not allowed when model is ref-a",
  },
  {
    case: "a URL pattern the API does not check",
    with: { images: ["ftp://example.com/a.png"] },
    first: null,
    strict: "images[0] must match the pattern ^https?://",
  },
  // 3a. Item count, before required.
  {
    case: "item count: between, too few (an empty list is counted, not missing)",
    with: { images: [] },
    first: IMAGES_COUNT,
  },
  { case: "item count: between, too many", with: { images: [IMAGE, IMAGE, IMAGE] }, first: IMAGES_COUNT },
  { case: "item count: not an array", with: { images: IMAGE }, first: "images must be an array" },
  { case: "item count: at least", with: { tags: ["a"] }, first: "tags must contain at least 2 items" },
  {
    case: "item count: at most",
    with: { extra_urls: ["a", "b"] },
    first: "extra_urls must contain at most 1 items",
  },
  // 3b. Required: what counts as there.
  { case: "required: left out", with: { prompt: undefined }, first: "prompt is required" },
  { case: "required: null", with: { prompt: null }, first: "prompt is required" },
  { case: "required: a blank string", with: { prompt: "   " }, first: "prompt is required" },
  { case: "required: whitespace of every kind", with: { prompt: "\n\t " }, first: "prompt is required" },
  { case: "required: an array of a blank string", with: { images: [""] }, first: "images is required" },
  { case: "required: an array of blank strings", with: { images: ["", "  "] }, first: "images is required" },
  { case: "required: a null array is not counted", with: { images: null }, first: "images is required" },
  { case: "required: an empty object", with: { options: {} }, first: "options is required" },
  { case: "required: null, on a boolean", with: { safe: null }, first: "safe is required" },
  { case: "required: false is there", with: { safe: false }, first: null },
  { case: "required: 0 is there", with: { level: 0 }, first: null },
  // 3c. Enum: numbers and booleans exactly, strings by value; a float enum prints its numbers with .0.
  { case: "enum of strings", with: { mode: "lyrical" }, first: "mode must be one of: plain, remix, exact" },
  { case: "float enum, printed 0.0, 0.5, 1.0", with: { stability: 0.25 }, first: STABILITY },
  { case: "float enum, 1 is 1.0", with: { stability: 1 }, first: null },
  { case: "float enum, a number as text is no number", with: { stability: "0.5" }, first: STABILITY },
  { case: "integer enum", with: { count: 2 }, first: "count must be one of: 1" },
  {
    case: "integer enum: the enum before the integer check",
    with: { count: 1.5 },
    first: "count must be one of: 1",
  },
  { case: "boolean enum", with: { watermark: true }, first: "watermark must be one of: false" },
  {
    case: "boolean enum, a boolean as text is no boolean",
    with: { watermark: "false" },
    first: "watermark must be one of: false",
  },
  // 3d. Integer.
  { case: "integer between: a fraction", with: { steps: 2.5 }, first: STEPS_INTEGER },
  { case: "integer between: a number as text", with: { steps: "5" }, first: STEPS_INTEGER },
  { case: "integer: a whole-valued float passes", with: { steps: 3.0 }, first: null },
  {
    case: "integer with one bound: no range in the words",
    with: { seed: 1.5 },
    first: "seed must be an integer",
  },
  { case: "integer between: below", with: { steps: 0 }, first: STEPS_RANGE },
  { case: "integer between: above", with: { steps: 51 }, first: STEPS_RANGE },
  { case: "integer at least", with: { seed: -1 }, first: "seed must be at least 0" },
  // 3e. Range of a number.
  { case: "number between", with: { strength: 1.5 }, first: "strength must be between 0 and 1" },
  { case: "number: a number as text", with: { strength: "0.5" }, first: "strength must be a number" },
  { case: "number at least", with: { scale: 0.25 }, first: "scale must be at least 0.5" },
  { case: "number at most", with: { weight: 3 }, first: "weight must be at most 2" },
  { case: "number at most, at the bound", with: { weight: 2 }, first: null },
  // 3f. Length, in code points.
  { case: "length between: too short", with: { prompt: "ab" }, first: PROMPT_LENGTH },
  { case: "length between: too long", with: { prompt: "a".repeat(11) }, first: PROMPT_LENGTH },
  {
    case: "length: an emoji is one character (3, in 6 UTF-16 units)",
    with: { prompt: "😀😀😀" },
    first: null,
  },
  {
    case: "length: 10 emoji are 10 characters (20 UTF-16 units)",
    with: { prompt: "😀".repeat(10) },
    first: null,
  },
  { case: "length: 11 emoji are too many", with: { prompt: "😀".repeat(11) }, first: PROMPT_LENGTH },
  { case: "length at least", with: { title: "a" }, first: "title must be at least 2 characters" },
  { case: "length at most", with: { note: "hello" }, first: "note must be at most 4 characters" },
  { case: "length at most: 4 emoji", with: { note: "😀😀😀😀" }, first: null },
];

const bodyOf = (row: Row) => {
  const body: Record<string, unknown> = { ...BASE, ...row.with };
  for (const [field, value] of Object.entries(row.with)) if (value === undefined) delete body[field];
  return body;
};

let folder: string;
let emulator: Emulator;
type CheckClient = ActionClient<ActionShape & { params: Record<string, unknown> }>;
let client: CheckClient;
let looseClient: CheckClient;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "runapi-validation-reference-"));
  mkdirSync(join(folder, "_shared"));
  copyFileSync(join(repo, "specs/_shared/common.yaml"), join(folder, "_shared/common.yaml"));
  writeFileSync(join(folder, "reference.yaml"), SPEC);
  const { family, problems } = readFamily(loadSpec(join(folder, "reference.yaml"), folder));
  if (!family) throw new Error(problems.map(formatProblem).join("\n"));
  emulator = await startEmulator({ port: 0, specsDir: folder, taskDurationMs: 1_000_000 });
  const options = { apiKey: emulator.apiKey, baseURL: emulator.url, maxRetries: 0 };
  const [action] = family.actions;
  client = actionClient(catalogClient(family)(options), action!);
  looseClient = actionClient(catalogClient(family)({ ...options, strict: false }), action!);
});
afterAll(async () => {
  await emulator?.close();
  rmSync(folder, { recursive: true, force: true });
});

/**
 * The first problem of a create through core's client: its ValidationError's (whose message says them all), or
 * null when it was sent and taken.
 */
async function sdkFirst(create: () => Promise<unknown>): Promise<string | null> {
  const before = emulator.requests.length;
  const answer = await create().catch((error: unknown) => error);
  if (answer instanceof ValidationError) {
    // Refused before sending, not by the emulator.
    expect(answer.status).toBeUndefined();
    expect(emulator.requests.length).toBe(before);
    return firstProblem(answer);
  }
  expect(answer).toMatchObject({ id: expect.any(String) });
  return null;
}

/** The emulator's first message for the body sent raw: its 422 answer's, or null when it took it. */
async function emulatorFirst(body: unknown): Promise<string | null> {
  const answer = await fetch(`${emulator.url}${PATH}`, {
    method: "POST",
    headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await answer.json()) as {
    id?: string;
    error?: { message: string; details: { message: string }[] };
  };
  if (answer.status === 200) return null;
  expect(answer.status).toBe(422);
  expect(json.error?.details[0]?.message).toBe(json.error?.message);
  return json.error?.message ?? "";
}

describe("validation as the API's contract states it", () => {
  it("has a row for every rule kind and field check", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(70);
    expect(new Set(ROWS.map((row) => row.case)).size).toBe(ROWS.length);
  });

  it.each(ROWS.map((row) => [row.case, row] as const))("%s", async (_case, row) => {
    const body = bodyOf(row);
    // The API's checks alone: the SDK per call and per client, and the emulator.
    expect(await sdkFirst(() => client.create(body, { strict: false }))).toBe(row.first);
    expect(await sdkFirst(() => looseClient.create(body))).toBe(row.first);
    expect(await emulatorFirst(body)).toBe(row.first);
    // As it comes, the SDK's strict checks only follow the API's.
    expect(await sdkFirst(() => client.create(body))).toBe(row.first ?? row.strict ?? null);
  });
});
