import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Catalog, InputSchema, Variant } from "../src/index.js";

/**
 * A made-up family for tests: the catalog core is handed, as a generated package would hand it, and what the
 * emulator needs besides to serve it from a spec.
 */
export interface FixtureFamily {
  catalog: Catalog;
  /** `info.x-runapi.modality`: the output of a variant that names none. */
  modality: "image" | "video" | "audio" | "text";
  /** A valid request per variant, by action, then by model id (by the action's name if it takes no model). */
  examples: Record<string, Record<string, Record<string, unknown>>>;
  /** `x-runapi-variant.output` where it is not the modality, by model id (by action if it takes no model). */
  outputs?: Record<string, string>;
}

/** Where a variant is keyed in a spec: its model id, or its action's name when it takes none. */
const keyOf = (variant: Variant) => variant.model ?? variant.action;

/** A core input schema as the spec writes it: `file` is `x-runapi-file`. */
function specSchema(schema: InputSchema, at: string): Record<string, unknown> {
  if (schema.rules) throw new Error(`${at}: fixture specs do not write rules; test them with validateInput`);
  const { file, items, properties, ...rest } = schema;
  return {
    ...rest,
    ...(file && { "x-runapi-file": true }),
    ...(items && { items: specSchema(items, `${at}.items`) }),
    ...(properties && {
      properties: Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [name, specSchema(property, `${at}.${name}`)]),
      ),
    }),
  };
}

/**
 * The text of `specs/<family>.yaml` for a fixture family, in the spec format: per action a `oneOf` with a
 * discriminator (one schema for an action without a model), examples, and `GET {path}/{id}` for an action
 * whose tasks are read at its own path. Written as JSON, which is YAML.
 */
export function fixtureSpec({ catalog, modality, examples, outputs = {} }: FixtureFamily): string {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const action of new Set(catalog.variants.map((variant) => variant.action))) {
    const variants = catalog.variants.filter((variant) => variant.action === action);
    const refs: Record<string, string> = {};
    const requests: Record<string, unknown> = {};
    for (const variant of variants) {
      const key = keyOf(variant);
      const name = `${action}_${key}`.replace(/[^A-Za-z0-9]+/g, "_");
      const example = examples[action]?.[key];
      if (!example) throw new Error(`fixture ${catalog.family}: ${action} ${key} has no example request`);
      schemas[name] = {
        ...specSchema(variant.input, key),
        "x-runapi-variant": {
          status: variant.status,
          task: variant.task,
          price: variant.price,
          ...(outputs[key] && { output: outputs[key] }),
        },
      };
      refs[key] = `#/components/schemas/${name}`;
      requests[key] = { value: example };
    }
    const { path } = variants[0] as Variant;
    const schema =
      variants[0]?.model === undefined
        ? { $ref: Object.values(refs)[0] }
        : {
            oneOf: Object.values(refs).map(($ref) => ({ $ref })),
            discriminator: { propertyName: "model", mapping: refs },
          };
    paths[path] = {
      post: {
        requestBody: { required: true, content: { "application/json": { schema, examples: requests } } },
      },
    };
    if (variants.some((variant) => variant.task === "async")) paths[`${path}/{id}`] = { get: {} };
  }
  const info = {
    title: catalog.family,
    version: "1.0.0",
    "x-runapi": {
      family: catalog.family,
      package: `@runapi.ai/${catalog.family}`,
      provider: "Test",
      modality,
    },
  };
  return `${JSON.stringify({ openapi: "3.1.0", info, paths, components: { schemas } }, null, 2)}\n`;
}

/** Writes the families' specs into a new temporary folder; `remove()` deletes it. */
export function writeFixtureSpecs(families: readonly FixtureFamily[]): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "runapi-core-specs-"));
  mkdirSync(dir, { recursive: true });
  for (const family of families) {
    writeFileSync(join(dir, `${family.catalog.family}.yaml`), fixtureSpec(family));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
