// Test support (not part of the package's entry points): made-up family specs in a temporary folder, so a test
// sees only what its own spec says, and a small HTTP client for the emulator started on them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One variant of a toy action. Without `model` it is the one variant of an action that takes no model. */
export interface ToyVariant {
  model?: string;
  task?: "async" | "hybrid" | "sync";
  /** `x-runapi-variant.output`; absent: the family's modality decides. */
  output?: string;
  /** `x-runapi-variant.price`; default a flat 1 cent per call. */
  price?: Record<string, unknown>;
  /** Request properties besides `model` (which the builder adds when the variant has one). */
  properties?: Record<string, unknown>;
  required?: string[];
  /** The example request; default `{model}` plus every required property's default. */
  example?: Record<string, unknown>;
}

export interface ToyAction {
  /** The snake_case endpoint, e.g. `text_to_video`. */
  name: string;
  variants: ToyVariant[];
  /** Whether the spec declares `GET <path>/{id}`; default: when some variant is not sync. */
  readable?: boolean;
}

const schemaName = (action: string, variant: ToyVariant): string =>
  `${action}_${variant.model ?? "only"}`.replace(/[^A-Za-z0-9]+/g, "_");

/**
 * The text of `specs/<family>.yaml` for a made-up family, following the spec format: a `oneOf` with a
 * discriminator per model action, a single `$ref` for an action without a model. Written as JSON, which is YAML.
 */
export function toySpec(family: string, modality: string, actions: readonly ToyAction[]): string {
  const service = family.replaceAll("-", "_");
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const action of actions) {
    const noModel = action.variants.some((variant) => variant.model === undefined);
    if (noModel && action.variants.length !== 1)
      throw new Error(`${action.name}: a no-model action has one variant`);
    const refs: Record<string, string> = {};
    const examples: Record<string, unknown> = {};
    for (const variant of action.variants) {
      const name = schemaName(action.name, variant);
      const required = [...(variant.model === undefined ? [] : ["model"]), ...(variant.required ?? [])];
      schemas[name] = {
        type: "object",
        additionalProperties: false,
        required,
        properties: {
          ...(variant.model === undefined ? {} : { model: { type: "string", const: variant.model } }),
          ...variant.properties,
        },
        "x-runapi-variant": {
          status: "active",
          task: variant.task ?? "async",
          ...(variant.output === undefined ? {} : { output: variant.output }),
          price: variant.price ?? { unit: "call", cents: 1 },
        },
      };
      const key = variant.model ?? action.name;
      refs[key] = `#/components/schemas/${name}`;
      examples[key] = {
        value: variant.example ?? (variant.model === undefined ? {} : { model: variant.model }),
      };
    }
    const schema = noModel
      ? { $ref: Object.values(refs)[0] }
      : {
          oneOf: Object.values(refs).map(($ref) => ({ $ref })),
          discriminator: { propertyName: "model", mapping: refs },
        };
    const path = `/api/v1/${service}/${action.name}`;
    paths[path] = {
      post: { requestBody: { required: true, content: { "application/json": { schema, examples } } } },
    };
    const readable =
      action.readable ?? action.variants.some((variant) => (variant.task ?? "async") !== "sync");
    if (readable) paths[`${path}/{id}`] = { get: {} };
  }
  const info = {
    title: family,
    version: "1.0.0",
    "x-runapi": { family, package: `@runapi.ai/${family}`, provider: "Toy Labs", modality },
  };
  return `${JSON.stringify({ openapi: "3.1.0", info, paths, components: { schemas } }, null, 2)}\n`;
}

/** Writes `files` (relative path → text) into a new temporary folder; `remove()` deletes it. */
export function writeSpecs(files: Record<string, string>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "runapi-emulator-specs-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `post` and `get` against an emulator with its first key; each answers the response and its parsed JSON. */
export function toyClient(emulator: { url: string; apiKey: string }) {
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(emulator.url + path, {
      method,
      headers: {
        authorization: `Bearer ${emulator.apiKey}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { response, json: (text === "" ? undefined : JSON.parse(text)) as any };
  };
  return {
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      send("POST", path, body, headers),
    get: (path: string) => send("GET", path),
  };
}

/**
 * specs/ as it was before the catalog was imported: the hand-written Flux 2 spec (scripts/fixtures/catalog-seed/)
 * and the shared components, for tests written against its four variants. `remove()` deletes the folder.
 */
export function seedFluxSpecs(): { dir: string; remove: () => void } {
  const repo = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
  return writeSpecs({
    "flux-2.yaml": readFileSync(join(repo, "scripts/fixtures/catalog-seed/flux-2.yaml"), "utf8"),
    "_shared/common.yaml": readFileSync(join(repo, "specs/_shared/common.yaml"), "utf8"),
  });
}
