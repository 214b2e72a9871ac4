import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./paths.ts";

/**
 * A throwaway copy of what `pnpm generate` reads (scripts/, core's and the spec reader's sources, specs/_shared,
 * the root package.json and tsconfig, node_modules by symlink) holding exactly `specs`, file name → text.
 * Remove it with `removeCopy`.
 */
export function copyForGeneration(specs: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "runapi-bench-"));
  for (const part of ["scripts", "packages/core/src", "packages/spec/src", "specs/_shared"]) {
    cpSync(join(repoRoot, part), join(dir, part), { recursive: true });
  }
  for (const file of ["package.json", "tsconfig.base.json"]) cpSync(join(repoRoot, file), join(dir, file));
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"));
  mkdirSync(join(dir, "packages"), { recursive: true });
  for (const [name, text] of Object.entries(specs)) writeFileSync(join(dir, "specs", name), text);
  return dir;
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** specs/flux-2.yaml as another family: its slug, package, paths and model ids renamed. */
export function renamedFlux2Spec(family: string): string {
  return readFileSync(join(repoRoot, "specs/flux-2.yaml"), "utf8")
    .replaceAll("flux-2", family)
    .replaceAll("flux_2", family.replaceAll("-", "_"));
}

/**
 * A family with `count` variants over two actions (text to image, image to image), built like Flux 2: every
 * variant its own schema, model id, price and example. JSON, which is YAML too.
 */
export function syntheticSpec(family: string, count: number): string {
  const service = family.replaceAll("-", "_");
  const shared = "./_shared/common.yaml#/components";
  const schemas: Record<string, unknown> = {
    Prompt: { type: "string", minLength: 3, maxLength: 5000 },
    AspectRatio: { type: "string", enum: ["1:1", "4:3", "3:4", "16:9", "9:16"], default: "1:1" },
    OutputResolution: { type: "string", enum: ["1k", "2k"], default: "1k" },
    SourceImageUrls: {
      type: "array",
      minItems: 1,
      maxItems: 8,
      items: { type: "string", pattern: "^https?://" },
    },
  };
  const paths: Record<string, unknown> = {};
  for (const [index, action] of ["text_to_image", "image_to_image"].entries()) {
    const models = Array.from({ length: count / 2 }, (_, n) => ({
      model: `${family}-v${String(n).padStart(3, "0")}-${action.replaceAll("_", "-")}`,
      schema: `Variant${n}${index === 0 ? "TextToImage" : "ImageToImage"}`,
    }));
    for (const [n, { model, schema }] of models.entries()) {
      schemas[schema] = {
        type: "object",
        additionalProperties: false,
        required: index === 0 ? ["model", "prompt"] : ["model", "prompt", "source_image_urls"],
        properties: {
          model: { type: "string", const: model },
          prompt: { $ref: "#/components/schemas/Prompt" },
          aspect_ratio: { $ref: "#/components/schemas/AspectRatio" },
          output_resolution: { $ref: "#/components/schemas/OutputResolution" },
          ...(index === 1 ? { source_image_urls: { $ref: "#/components/schemas/SourceImageUrls" } } : {}),
        },
        "x-runapi-variant": {
          status: "active",
          task: "async",
          price: {
            unit: "call",
            cents: 5 + (n % 20),
            by: { output_resolution: { "1k": 5 + (n % 20), "2k": 9 } },
          },
        },
      };
    }
    const operation = action.replace(/(^|_)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
    paths[`/api/v1/${service}/${action}`] = {
      post: {
        operationId: `create${operation}`,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                oneOf: models.map(({ schema }) => ({ $ref: `#/components/schemas/${schema}` })),
                discriminator: {
                  propertyName: "model",
                  mapping: Object.fromEntries(
                    models.map(({ model, schema }) => [model, `#/components/schemas/${schema}`]),
                  ),
                },
              },
              examples: Object.fromEntries(
                models.map(({ model }) => [
                  model,
                  {
                    value: {
                      model,
                      prompt: "A red fox in the snow",
                      ...(index === 1 ? { source_image_urls: ["https://example.com/fox.png"] } : {}),
                    },
                  },
                ]),
              ),
            },
          },
        },
        responses: {
          "200": { $ref: `${shared}/responses/TaskCreated` },
          "400": { $ref: `${shared}/responses/Error` },
        },
      },
    };
    paths[`/api/v1/${service}/${action}/{id}`] = {
      get: {
        operationId: `get${operation}`,
        parameters: [{ $ref: `${shared}/parameters/TaskId` }],
        responses: {
          "200": { $ref: `${shared}/responses/ImagesTask` },
          "404": { $ref: `${shared}/responses/Error` },
        },
      },
    };
  }
  return JSON.stringify(
    {
      openapi: "3.1.0",
      info: {
        title: `Synthetic ${count}`,
        version: "1.0.0",
        "x-runapi": { family, package: `@runapi.ai/${family}`, provider: "Bench", modality: "image" },
      },
      servers: [{ url: "https://runapi.ai" }],
      security: [{ bearerAuth: [] }],
      paths,
      components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } }, schemas },
    },
    null,
    2,
  );
}
