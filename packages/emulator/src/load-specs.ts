import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { PriceRule } from "./price.js";
import { RefResolver } from "./resolve-refs.js";

type Schema = Record<string, unknown>;

/** One model id of an action, with its fully inlined request schema. */
export interface Variant {
  model: string;
  /** The variant's request schema with every $ref inlined (still carrying `x-runapi-*` annotations). */
  schema: Schema;
  status: string;
  task: string;
  price: PriceRule;
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
  variants: Map<string, Variant>;
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
    actions.push({
      specFile: file,
      family: info.family,
      modality: info.modality,
      service: segments.at(-2) ?? "",
      action: segments.at(-1) ?? "",
      path,
      readable,
      variants: loadVariants(resolver, file, item.post.requestBody, schema, (what) => fail(pointer, what)),
    });
  }
  return actions;
}

/** Variants come from the discriminator's explicit mapping; without one, from each `oneOf` member's `model` const. */
function loadVariants(
  resolver: RefResolver,
  file: string,
  rawBody: unknown,
  schema: Schema,
  fail: (what: string) => never,
): Map<string, Variant> {
  const variants = new Map<string, Variant>();
  const discriminator = isObject(schema.discriminator) ? schema.discriminator : {};
  const mapping = isObject(discriminator.mapping) ? discriminator.mapping : undefined;
  if (mapping) {
    // Mapping targets are refs relative to the file that holds the request body.
    const bodyFile = refFileOf(resolver, rawBody, file);
    for (const [model, ref] of Object.entries(mapping)) {
      if (typeof ref !== "string") fail(`discriminator mapping for ${model} is not a $ref string`);
      const target = resolver.target(ref as string, bodyFile);
      variants.set(model, toVariant(model, resolver.inline(target.node, target.file), fail));
    }
    return variants;
  }
  const members = Array.isArray(schema.oneOf) ? schema.oneOf : [schema];
  for (const member of members) {
    const model = isObject(member) && isObject(member.properties) ? member.properties.model : undefined;
    const id = isObject(model)
      ? (model.const ?? (Array.isArray(model.enum) ? model.enum[0] : undefined))
      : undefined;
    if (typeof id !== "string") fail("a request schema has no discriminator mapping and no `model` const");
    variants.set(id as string, toVariant(id as string, member, fail));
  }
  return variants;
}

/** When the request body itself is a $ref into another file, its mapping refs are relative to that file. */
function refFileOf(resolver: RefResolver, rawBody: unknown, file: string): string {
  if (isObject(rawBody) && typeof rawBody.$ref === "string") return resolver.target(rawBody.$ref, file).file;
  return file;
}

function toVariant(model: string, schema: unknown, fail: (what: string) => never): Variant {
  if (!isObject(schema)) return fail(`the schema of ${model} is not an object`);
  const meta = schema["x-runapi-variant"];
  if (!isObject(meta)) return fail(`${model} has no x-runapi-variant`);
  const price = meta.price;
  if (!isObject(price) || typeof price.cents !== "number") return fail(`${model} has no numeric price.cents`);
  return {
    model,
    schema,
    status: String(meta.status ?? "active"),
    task: String(meta.task ?? "async"),
    price: price as unknown as PriceRule,
  };
}
