/**
 * pnpm generate stops on a spec with a problem before it writes anything, whichever step of the spec reader
 * finds it (the $ref lint, a schema keyword, x-runapi-file, a price, a rule, a variant's wiring), and names the
 * file that holds the mistake. What each step refuses is tested beside it, in packages/spec.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SpecError, type SpecProblem } from "../../packages/spec/src/index.ts";
import { copyOfRepository, snapshot } from "../shared/copy-of-repository.ts";
import { generatePackages } from "./generate-packages.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Replaces exactly one occurrence, so an edit that stops matching fails loudly. */
function replaceOnce(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

describe("pnpm generate on a spec with a problem", () => {
  let dir: string;
  const restore: [string, string][] = [];
  beforeAll(() => {
    dir = copyOfRepository();
    copies.push(dir);
    writeFileSync(
      join(dir, "specs/toy-rules.yaml"),
      readFileSync(join(repo, "scripts/fixtures/toy-rules/toy-rules.yaml"), "utf8"),
    );
  });
  afterEach(() => {
    for (const [file, text] of restore.splice(0)) writeFileSync(join(dir, file), text);
  });

  it.each<[string, string, (text: string) => string, SpecProblem]>([
    [
      "a $ref between two nodes of the shared file",
      "specs/_shared/common.yaml",
      (text) =>
        replaceOnce(
          text,
          'required: [id, status]\n      properties:\n        id: { type: string, description: The task id; keep it to resume waiting. }\n        status: { $ref: "#/components/schemas/TaskStatus" }',
          'required: [id, status]\n      properties:\n        id: { type: string, description: The task id; keep it to resume waiting. }\n        status: { $ref: "#/components/schemas/TaskStatusX" }',
        ),
      {
        file: "specs/_shared/common.yaml",
        pointer: "/components/schemas/TaskCreated/properties/status/$ref",
        message:
          "$ref #/components/schemas/TaskStatusX does not resolve: specs/_shared/common.yaml#/components/schemas has no TaskStatusX",
        fix: expect.stringMatching(
          /^point it at one of the entries there \(.*TaskStatus, /,
        ) as unknown as string,
      },
    ],
    [
      "a schema keyword validators cannot use",
      "specs/flux-2.yaml",
      (text) =>
        replaceOnce(
          text,
          "description: What to draw, or how to change the source images.\n      minLength: 3",
          'description: What to draw, or how to change the source images.\n      minLength: "3"',
        ),
      {
        file: "specs/flux-2.yaml",
        pointer: "/components/schemas/Flux2ProTextToImage/properties/prompt/minLength",
        message: 'minLength must be a non-negative integer, got "3"',
        fix: "write minLength: <whole number>, unquoted",
      },
    ],
    [
      "x-runapi-file on callback_url",
      "specs/flux-2.yaml",
      (text) =>
        replaceOnce(
          text,
          '      pattern: "^https?://"\n    SourceImageUrls:',
          '      pattern: "^https?://"\n      x-runapi-file: true\n    SourceImageUrls:',
        ),
      {
        file: "specs/flux-2.yaml",
        pointer: "/components/schemas/Flux2ProTextToImage/properties/callback_url/x-runapi-file",
        message: "callback_url is where the task is delivered, not a file to upload",
        fix: "remove x-runapi-file from callback_url's schema",
      },
    ],
    [
      "a mapping naming a schema oneOf lacks",
      "specs/flux-2.yaml",
      (text) =>
        replaceOnce(text, '                - { $ref: "#/components/schemas/Flux2MaxTextToImage" }\n', ""),
      {
        file: "specs/flux-2.yaml",
        pointer:
          "/paths/~1api~1v1~1flux_2~1text_to_image/post/requestBody/content/application~1json/schema/discriminator/mapping/flux-2-max-text-to-image",
        message:
          "mapping names flux-2-max-text-to-image, but oneOf lacks #/components/schemas/Flux2MaxTextToImage",
        fix: 'add { $ref: "#/components/schemas/Flux2MaxTextToImage" } to oneOf, or remove flux-2-max-text-to-image from the mapping',
      },
    ],
    [
      "a rule outside the spec format",
      "specs/toy-rules.yaml",
      (text) =>
        replaceOnce(
          text,
          "            not: { anyOf: [{ required: [negative_prompt] }] }\n",
          "            not: { anyOf: [{ required: [negative_prompt] }] }\n          else: { required: [style] }\n",
        ),
      {
        file: "specs/toy-rules.yaml",
        pointer: "/components/schemas/ToyRulesA/allOf/0/else",
        message: "a conditional rule has only if and then, not else",
        fix: "write the opposite case as a second rule with the opposite condition",
      },
    ],
  ])("refuses %s, told once by file and pointer, and writes nothing", async (_, file, edit, expected) => {
    const text = readFileSync(join(dir, file), "utf8");
    restore.push([file, text]);
    writeFileSync(join(dir, file), edit(text));
    const before = snapshot(dir);
    const error = await generatePackages(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    const { problems } = error as SpecError;
    expect(problems.filter((problem) => problem.pointer === expected.pointer)).toEqual([expected]);
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses a broken $ref in a shared file no spec uses yet, named by that file, and writes nothing", async () => {
    const file = "specs/_shared/upcoming.yaml";
    writeFileSync(
      join(dir, file),
      'components:\n  schemas:\n    Seed: { type: integer }\n    Extra: { $ref: "#/components/schemas/Sead" }\n',
    );
    try {
      const before = snapshot(dir);
      const error = await generatePackages(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).problems).toEqual([
        expect.objectContaining({
          file,
          pointer: "/components/schemas/Extra/$ref",
          message: expect.stringContaining("#/components/schemas/Sead does not resolve"),
          fix: expect.stringContaining("Seed"),
        }),
      ]);
      expect(snapshot(dir)).toEqual(before);
    } finally {
      rmSync(join(dir, file));
    }
  });

  it("stops pnpm generate: the spec is named by file and pointer, and nothing is written", async () => {
    const dir = copyOfRepository();
    copies.push(dir);
    const text = readFileSync(join(repo, "scripts/fixtures/toy-prices/toy-prices.yaml"), "utf8").replace(
      'duration_seconds: { "1-10": 18, "11-20": 45, "21-30": 75 }',
      'duration_band: { "1-10": 18, "11-20": 45, "21-30": 75 }',
    );
    expect(text).toContain("duration_band");
    writeFileSync(join(dir, "specs/toy-prices.yaml"), text);
    const packages = readdirSync(join(dir, "packages")).sort();
    const error = await generatePackages(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).problems).toContainEqual({
      file: "specs/toy-prices.yaml",
      pointer: "/components/schemas/ToyBand/x-runapi-variant/price/by/duration_band",
      message: "price depends on duration_band, which is not a parameter of this variant",
      fix: "name a parameter from the variant's properties (prompt, duration_seconds)",
    });
    expect(readdirSync(join(dir, "packages")).sort()).toEqual(packages);
    expect(existsSync(join(dir, "packages/toy-prices"))).toBe(false);
  });
});
