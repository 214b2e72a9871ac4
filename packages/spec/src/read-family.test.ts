/**
 * Reading a whole spec: how variants are wired into their action, and the two readings of one model, for a
 * generated package (readFamily) and for a server answering the spec (readServedFamily).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { problemsAfter, repo, specFolder } from "../test/support/spec-folder.js";
import { loadSpec } from "./load-spec.js";
import { readFamily, readServedFamily } from "./read-family.js";

const SPEC = "specs/flux-2.yaml";
const TEXT_TO_IMAGE = "/paths/~1api~1v1~1flux_2~1text_to_image/post/requestBody/content/application~1json";

describe("a variant not wired into its action", () => {
  it("is refused when its schema has x-runapi-variant but no action maps it", () => {
    const problems = problemsAfter("flux-2.yaml", (spec) =>
      spec.replace(
        "    Flux2ProTextToImage:\n",
        `    Flux2LiteTextToImage:
      type: object
      additionalProperties: false
      required: [model, prompt]
      properties:
        model: { type: string, const: flux-2-lite-text-to-image }
        prompt: { $ref: "#/components/schemas/Prompt" }
      x-runapi-variant: { status: active, task: async, price: { unit: call, cents: 3 } }
$&`,
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: SPEC,
        pointer: "/components/schemas/Flux2LiteTextToImage/x-runapi-variant",
        message: "Flux2LiteTextToImage has x-runapi-variant, but no action's discriminator.mapping names it",
      }),
    ]);
  });

  it("is refused when the mapping names a schema that oneOf lacks", () => {
    const problems = problemsAfter("flux-2.yaml", (spec) =>
      spec.replace('                - { $ref: "#/components/schemas/Flux2MaxTextToImage" }\n', ""),
    );
    expect(problems).toEqual([
      {
        file: SPEC,
        pointer: `${TEXT_TO_IMAGE}/schema/discriminator/mapping/flux-2-max-text-to-image`,
        message:
          "mapping names flux-2-max-text-to-image, but oneOf lacks #/components/schemas/Flux2MaxTextToImage",
        fix: 'add { $ref: "#/components/schemas/Flux2MaxTextToImage" } to oneOf, or remove flux-2-max-text-to-image from the mapping',
      },
    ]);
  });

  it("is refused when an example names no variant of its action", () => {
    const problems = problemsAfter("flux-2.yaml", (spec) =>
      spec.replace(
        "            examples:\n              flux-2-pro-text-to-image:\n",
        "            examples:\n              flux-2-lite-text-to-image:\n                value: { model: flux-2-lite-text-to-image, prompt: A harbour }\n              flux-2-pro-text-to-image:\n",
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: SPEC,
        pointer: `${TEXT_TO_IMAGE}/examples/flux-2-lite-text-to-image`,
        message: "example flux-2-lite-text-to-image names no variant of this action",
      }),
    ]);
  });
});

describe("the reading for a server", () => {
  it("reads every spec of specs/ into the variants, inputs, prices and rules the generator reads", () => {
    const specs = readdirSync(join(repo, "specs")).filter((name) => name.endsWith(".yaml"));
    expect(specs.length).toBeGreaterThan(30);
    for (const name of specs) {
      const spec = loadSpec(join(repo, "specs", name), repo);
      const { family } = readFamily(spec);
      const served = readServedFamily(spec);
      expect(served.problems, name).toEqual([]);
      expect(served.family?.modality, name).toBe(family?.modality);
      expect(
        served.family?.actions.map(({ readable, ...action }) => ({ ...action, readable })),
        name,
      ).toEqual(
        family?.actions.map((action) => ({
          name: action.name,
          path: action.path,
          variants: action.variants.map(({ example: _, ...variant }) => variant),
          readable: action.getOperationId !== undefined,
        })),
      );
    }
  });

  const DRAFT = `
openapi: 3.1.0
info:
  title: Draft
  version: 1.0.0
  x-runapi: { family: draft, modality: hologram }
paths:
  /api/v1/draft/make:
    post:
      requestBody:
        content:
          application/json:
            schema:
              oneOf: [{ $ref: "#/components/schemas/DraftA" }]
  /api/v1/draft/make/{id}:
    get: {}
components:
  schemas:
    DraftA:
      type: object
      additionalProperties: false
      required: [model, steps]
      properties:
        model: { type: string, const: draft-a }
        steps: { type: integer, minimum: 1 }
      x-runapi-variant: { status: active, task: async, price: { unit: call, cents: 3 } }
`;

  it("serves a draft without what only a package needs, which the generator refuses for exactly that", () => {
    const folder = specFolder({ "draft.yaml": DRAFT });
    try {
      const spec = loadSpec(join(folder.specsDir, "draft.yaml"), folder.root);
      expect(readServedFamily(spec)).toEqual({
        problems: [],
        family: {
          file: "specs/draft.yaml",
          family: "draft",
          modality: "hologram",
          actions: [
            {
              name: "make",
              path: "/api/v1/draft/make",
              readable: true,
              variants: [
                {
                  model: "draft-a",
                  takesModel: true,
                  // hologram names no output kind, and the variant names none: its task outputs nothing.
                  output: undefined,
                  schemaName: "DraftA",
                  title: "draft-a",
                  status: "active",
                  task: "async",
                  price: { unit: "call", cents: 3 },
                  input: {
                    type: "object",
                    additionalProperties: false,
                    required: ["model", "steps"],
                    properties: {
                      model: { type: "string", const: "draft-a" },
                      steps: { type: "integer", minimum: 1 },
                    },
                  },
                },
              ],
            },
          ],
        },
      });
      expect(readFamily(spec).problems.map((problem) => problem.pointer)).toEqual([
        "/info/x-runapi/package",
        "/info/x-runapi/provider",
        "/info/x-runapi/modality",
        "/servers",
        "/paths/~1api~1v1~1draft~1make/post/requestBody/content/application~1json/schema/discriminator",
      ]);
    } finally {
      folder.remove();
    }
  });

  it("refuses what it reads exactly as the generator does", () => {
    const folder = specFolder({
      "draft.yaml": DRAFT.replace("task: async", "task: later")
        .replace("minimum: 1", 'minimum: "1"')
        // With a mapping, the generator reads the variants too (without one it stops at the discriminator).
        .replace(
          '              oneOf: [{ $ref: "#/components/schemas/DraftA" }]',
          '              oneOf: [{ $ref: "#/components/schemas/DraftA" }]\n              discriminator: { propertyName: model, mapping: { draft-a: "#/components/schemas/DraftA" } }',
        ),
    });
    try {
      const spec = loadSpec(join(folder.specsDir, "draft.yaml"), folder.root);
      const served = readServedFamily(spec);
      expect(served.family).toBeUndefined();
      expect(served.problems).toEqual([
        {
          file: "specs/draft.yaml",
          pointer: "/components/schemas/DraftA/x-runapi-variant/task",
          message: 'task must be one of: async, sync, hybrid, got "later"',
          fix: "write task: async",
        },
        {
          file: "specs/draft.yaml",
          pointer: "/components/schemas/DraftA/properties/steps/minimum",
          message: 'minimum must be a finite number, got "1"',
          fix: "write minimum: <number>, unquoted",
        },
      ]);
      expect(readFamily(spec).problems).toEqual(expect.arrayContaining(served.problems));
    } finally {
      folder.remove();
    }
  });

  it("names the model of each oneOf member by its const when there is no mapping, and refuses a member without", () => {
    const folder = specFolder({
      "draft.yaml": DRAFT.replace("model: { type: string, const: draft-a }", "model: { type: string }"),
    });
    try {
      const spec = loadSpec(join(folder.specsDir, "draft.yaml"), folder.root);
      expect(readServedFamily(spec).problems).toEqual([
        {
          file: "specs/draft.yaml",
          pointer: "/paths/~1api~1v1~1draft~1make/post/requestBody/content/application~1json/schema/oneOf/0",
          message:
            "#/components/schemas/DraftA names no model: the request schema has no discriminator mapping, and this schema no model const",
          fix: "add discriminator: { propertyName: model, mapping: { <model id>: '#/components/schemas/<Variant>' } }",
        },
      ]);
    } finally {
      folder.remove();
    }
  });
});
