import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { PriceRule } from "./price.js";
import { RefResolver } from "./resolve-refs.js";

type Schema = Record<string, unknown>;

/** What a completed task carries: `images: [{url}]`, `videos: [{url}]`, `audios: [{audio_url}]`, `texts: [{text}]`. */
export type OutputKind = "image" | "video" | "audio" | "text";

export const OUTPUT_KINDS: readonly OutputKind[] = ["audio", "image", "text", "video"];

const isOutputKind = (value: unknown): value is OutputKind => OUTPUT_KINDS.includes(value as OutputKind);

/** How a create is answered: a task to poll (async), a 202 with a Location to poll (hybrid), or the result (sync). */
export type TaskMode = "async" | "hybrid" | "sync";

const TASK_MODES: readonly TaskMode[] = ["async", "hybrid", "sync"];

/** One model id of an action (or the one variant of an action that takes no model), with its inlined schema. */
export interface Variant {
  /**
   * The model id the request's `model` selects. An action that takes no model has one variant, named after the
   * action (the key its example uses in the spec); that name is never sent nor answered as a model.
   */
  model: string;
  /** The variant's request schema with every $ref inlined (still carrying `x-runapi-*` annotations). */
  schema: Schema;
  status: string;
  task: TaskMode;
  price: PriceRule;
  /**
   * `x-runapi-variant.output`, else the family's `info.x-runapi.modality` when that is an output kind; undefined
   * when neither names one, and a completed task then carries no output.
   */
  output: OutputKind | undefined;
}

/** One `POST /api/v1/<service>/<action>` of a family spec, with the variants its `model` selects. */
export interface Action {
  specFile: string;
  family: string;
  modality: string;
  service: string;
  action: string;
  /** The create path exactly as the spec writes it; task reads live under `<path>/<id>`. */
  path: string;
  /** Whether the spec declares `GET <path>/{id}`. */
  readable: boolean;
  /**
   * False when the request body is one schema without a `model` property: the action's only variant then serves
   * every request, and `variants` holds just that one.
   */
  takesModel: boolean;
  variants: Map<string, Variant>;
}

/** The variant a create request selects: by its `model`, or the only one of an action that takes no model. */
export function variantFor(action: Action, body: unknown): Variant | undefined {
  if (!action.takesModel) return action.variants.values().next().value;
  const model = isObject(body) ? body.model : undefined;
  return typeof model === "string" ? action.variants.get(model) : undefined;
}

const isObject = (value: unknown): value is Schema =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Every action of every `<specsDir>/*.yaml` (shared component files live in subfolders and are only referenced). */
export function loadSpecs(specsDir: string): Action[] {
  const resolver = new RefResolver();
  const files = readdirSync(specsDir)
    .filter((name) => /\.ya?ml$/.test(name) && statSync(join(specsDir, name)).isFile())
    .sort();
  return files.flatMap((name) => loadSpec(resolver, join(specsDir, name)));
}

function loadSpec(resolver: RefResolver, file: string): Action[] {
  const doc = resolver.load(file);
  const fail = (where: string, what: string): never => {
    throw new Error(`${file}: ${where}: ${what}`);
  };
  if (!isObject(doc)) return fail("/", "not a YAML mapping");
  const info = resolver.inline(isObject(doc.info) ? doc.info["x-runapi"] : undefined, file);
  if (!isObject(info) || typeof info.family !== "string" || typeof info.modality !== "string") {
    return fail("/info/x-runapi", "needs string `family` and `modality`");
  }
  const paths = isObject(doc.paths) ? doc.paths : {};
  const actions: Action[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item) || !isObject(item.post)) continue;
    const pointer = `/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/post`;
    const body = resolver.inline(item.post.requestBody, file);
    const content = isObject(body) && isObject(body.content) ? body.content["application/json"] : undefined;
    const schema = isObject(content) ? content.schema : undefined;
    if (!isObject(schema)) continue;
    const segments = path.split("/").filter(Boolean);
    const readable = Object.entries(paths).some(
      ([other, otherItem]) =>
        other.startsWith(`${path}/`) &&
        /^\{[^/}]+\}$/.test(other.slice(path.length + 1)) &&
        isObject(otherItem) &&
        otherItem.get !== undefined,
    );
    const action = segments.at(-1) ?? "";
    const defaults = { modality: info.modality, action };
    const { takesModel, variants } = loadVariants(
      resolver,
      file,
      item.post.requestBody,
      schema,
      defaults,
      (what) => fail(pointer, what),
    );
    actions.push({
      specFile: file,
      family: info.family,
      modality: info.modality,
      service: segments.at(-2) ?? "",
      action,
      path,
      readable,
      takesModel,
      variants,
    });
  }
  return actions;
}

interface VariantDefaults {
  /** `info.x-runapi.modality`: the output kind of a variant that names none. */
  modality: string;
  /** The action's name, which names the one variant of an action that takes no model. */
  action: string;
}

/**
 * Variants come from the discriminator's explicit mapping; without one, from each `oneOf` member's `model` const.
 * A body that is one schema carrying `x-runapi-variant` and no `model` property is an action that takes no model.
 */
function loadVariants(
  resolver: RefResolver,
  file: string,
  rawBody: unknown,
  schema: Schema,
  defaults: VariantDefaults,
  fail: (what: string) => never,
): { takesModel: boolean; variants: Map<string, Variant> } {
  const variants = new Map<string, Variant>();
  const discriminator = isObject(schema.discriminator) ? schema.discriminator : {};
  const mapping = isObject(discriminator.mapping) ? discriminator.mapping : undefined;
  if (mapping) {
    // Mapping targets are refs relative to the file that holds the request body.
    const bodyFile = refFileOf(resolver, rawBody, file);
    for (const [model, ref] of Object.entries(mapping)) {
      if (typeof ref !== "string") fail(`discriminator mapping for ${model} is not a $ref string`);
      const target = resolver.target(ref as string, bodyFile);
      variants.set(model, toVariant(model, resolver.inline(target.node, target.file), defaults, fail));
    }
    return { takesModel: true, variants };
  }
  const single = !Array.isArray(schema.oneOf);
  const hasModel = isObject(schema.properties) && schema.properties.model !== undefined;
  if (single && !hasModel && schema["x-runapi-variant"] !== undefined) {
    variants.set(defaults.action, toVariant(defaults.action, schema, defaults, fail));
    return { takesModel: false, variants };
  }
  const members = Array.isArray(schema.oneOf) ? schema.oneOf : [schema];
  for (const member of members) {
    const model = isObject(member) && isObject(member.properties) ? member.properties.model : undefined;
    const id = isObject(model)
      ? (model.const ?? (Array.isArray(model.enum) ? model.enum[0] : undefined))
      : undefined;
    if (typeof id !== "string") {
      fail(
        "a request schema has no discriminator mapping and no `model` const (an action without a model is one schema with x-runapi-variant and no `model` property)",
      );
    }
    variants.set(id as string, toVariant(id as string, member, defaults, fail));
  }
  return { takesModel: true, variants };
}

/** When the request body itself is a $ref into another file, its mapping refs are relative to that file. */
function refFileOf(resolver: RefResolver, rawBody: unknown, file: string): string {
  if (isObject(rawBody) && typeof rawBody.$ref === "string") return resolver.target(rawBody.$ref, file).file;
  return file;
}

function toVariant(
  model: string,
  schema: unknown,
  defaults: VariantDefaults,
  fail: (what: string) => never,
): Variant {
  if (!isObject(schema)) return fail(`the schema of ${model} is not an object`);
  const meta = schema["x-runapi-variant"];
  if (!isObject(meta)) return fail(`${model} has no x-runapi-variant`);
  const price = meta.price;
  if (!isObject(price)) return fail(`${model} has no x-runapi-variant.price`);
  // Token prices and unknown prices have no flat `cents`; every other form has one.
  const flat = price.unit !== "unknown" && price.unit !== "million_tokens";
  if (flat && typeof price.cents !== "number") return fail(`${model} has no numeric price.cents`);
  const task = meta.task ?? "async";
  if (!TASK_MODES.includes(task as TaskMode)) {
    return fail(
      `${model}: x-runapi-variant.task must be one of: ${TASK_MODES.join(", ")}; got ${String(task)}`,
    );
  }
  if (meta.output !== undefined && !isOutputKind(meta.output)) {
    return fail(
      `${model}: x-runapi-variant.output must be one of: ${OUTPUT_KINDS.join(", ")}; got ${String(meta.output)}`,
    );
  }
  const output = meta.output ?? defaults.modality;
  return {
    model,
    schema,
    status: String(meta.status ?? "active"),
    task: task as TaskMode,
    price: price as unknown as PriceRule,
    output: isOutputKind(output) ? output : undefined,
  };
}
