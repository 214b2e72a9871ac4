import type { ServedVariant } from "./family-model.js";
import { pointer } from "./json-pointer.js";
import type { LoadedSpec } from "./load-spec.js";
import { checkExampleKeys, readExample } from "./read-example.js";
import { readVariant } from "./read-variant.js";
import { type At, isNode, type Node, type Report } from "./spec-node.js";

/** A variant as its action reads it: with its example request when the reading is for a package. */
export type ActionVariant = ServedVariant & { example?: Node };

/** How a spec is being read, and where its problems go. */
export interface Reading {
  spec: LoadedSpec;
  report: Report;
  /**
   * Whether what only a generated package needs is required too: an explicit discriminator mapping, and an
   * example request per variant (valid, and breaking no rule that no request could show).
   */
  forPackage: boolean;
}

/** A variant schema of the action's request body, and the model id that selects it. */
interface Member {
  model: string;
  ref: string;
  /** Where a problem with the reference itself is told. */
  at: string;
  /** The problem when `ref` names no variant schema of this file. */
  notASchema: [message: string, fix: string];
}

const VARIANT_REF = /^#\/components\/schemas\/([^/]+)$/;

/**
 * The variants of one create operation (`at` points at it): a `oneOf` of variant schemas with a discriminator
 * on `model`, or one schema without `model` for an action that takes none. Variants come from the
 * discriminator's mapping; a reading for a server also takes each `oneOf` member's `model` const instead.
 */
export function readAction(reading: Reading, post: Node, name: string, at: At): ActionVariant[] | undefined {
  const { spec, report } = reading;
  const body = spec.deref(post.requestBody);
  const media =
    isNode(body) && isNode(body.content) ? spec.deref(body.content["application/json"]) : undefined;
  const schemaAt = (...rest: (string | number)[]) =>
    at("requestBody", "content", "application/json", "schema", ...rest);
  const schema = isNode(media) ? media.schema : undefined;
  if (!isNode(media) || !isNode(schema)) {
    report(
      at("requestBody"),
      "the create operation has no application/json request schema",
      "add requestBody.content.application/json.schema with a oneOf of the variants",
    );
    return undefined;
  }
  if (typeof schema.$ref === "string" && schema.oneOf === undefined) {
    return readModellessAction(reading, media, schema.$ref, name, at, schemaAt);
  }
  const oneOf = Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  const discriminator = isNode(schema.discriminator) ? schema.discriminator : undefined;
  const mapping = discriminator && isNode(discriminator.mapping) ? discriminator.mapping : undefined;
  if (!oneOf || oneOf.length === 0) {
    report(
      schemaAt("oneOf"),
      "the request schema needs a oneOf with one schema per variant",
      "write oneOf: [{ $ref: '#/components/schemas/<Variant>' }, ...]",
    );
    return undefined;
  }
  const mapped = discriminator?.propertyName === "model" && mapping !== undefined;
  if (!mapped && reading.forPackage) {
    report(
      schemaAt("discriminator"),
      "the request schema needs discriminator.propertyName: model with an explicit mapping",
      "add discriminator: { propertyName: model, mapping: { <model id>: '#/components/schemas/<Variant>' } }",
    );
    return undefined;
  }
  const members = mapped ? mappingMembers(mapping, schemaAt) : oneOfMembers(reading, oneOf, schemaAt);
  if (!members) return undefined;
  const examples = isNode(media.examples) ? media.examples : {};
  const variants: ActionVariant[] = [];
  for (const member of members) {
    const { model, ref } = member;
    const schemaName = VARIANT_REF.exec(ref)?.[1];
    const variantSchema = schemaName ? spec.deref({ $ref: ref }) : undefined;
    if (!schemaName || !isNode(variantSchema)) {
      report(member.at, ...member.notASchema);
      continue;
    }
    const variantAt = (...rest: (string | number)[]) => pointer("components", "schemas", schemaName, ...rest);
    const variant = readVariant(spec, model, schemaName, variantSchema, variantAt, report);
    if (!variant) continue;
    if (!reading.forPackage) {
      variants.push(variant);
      continue;
    }
    const example = readExample(spec, examples, variant, at, report);
    if (example) variants.push({ ...variant, example });
  }
  if (reading.forPackage && mapping) {
    checkMappingAgainstOneOf(mapping, oneOf, schemaAt, report);
    checkExampleKeys(examples, Object.keys(mapping), at, report);
  }
  return variants;
}

/** The discriminator's mapping: model id → variant schema. */
function mappingMembers(mapping: Node, schemaAt: At): Member[] {
  return Object.entries(mapping).map(([model, target]) => ({
    model,
    ref: String(target),
    at: schemaAt("discriminator", "mapping", model),
    notASchema: [
      `mapping of ${model} points at ${String(target)}, which is not a schema of this file`,
      "point it at #/components/schemas/<Variant>",
    ],
  }));
}

/** Without a mapping (a draft a server still answers), each `oneOf` member names its model by a `model` const. */
function oneOfMembers(reading: Reading, oneOf: unknown[], schemaAt: At): Member[] | undefined {
  const members: Member[] = [];
  let failed = false;
  oneOf.forEach((entry, index) => {
    const ref = isNode(entry) && typeof entry.$ref === "string" ? entry.$ref : "";
    const schema = reading.spec.deref(entry);
    const properties = isNode(schema) && isNode(schema.properties) ? schema.properties : {};
    const model = reading.spec.deref(properties.model);
    const id = isNode(model) ? model.const : undefined;
    if (typeof id !== "string") {
      failed = true;
      reading.report(
        schemaAt("oneOf", index),
        `${ref || "this oneOf entry"} names no model: the request schema has no discriminator mapping, and this schema no model const`,
        "add discriminator: { propertyName: model, mapping: { <model id>: '#/components/schemas/<Variant>' } }",
      );
      return;
    }
    members.push({
      model: id,
      ref,
      at: schemaAt("oneOf", index),
      notASchema: [
        `${ref || "this oneOf entry"} is not a schema of this file`,
        "write { $ref: '#/components/schemas/<Variant>' }",
      ],
    });
  });
  return failed ? undefined : members;
}

/** `oneOf` and the mapping list the same variant schemas. */
function checkMappingAgainstOneOf(mapping: Node, oneOf: unknown[], schemaAt: At, report: Report): void {
  const mapped = new Set(Object.values(mapping).map(String));
  const listed = new Set<string>();
  oneOf.forEach((entry, index) => {
    const ref = isNode(entry) && typeof entry.$ref === "string" ? entry.$ref : "";
    listed.add(ref);
    if (!mapped.has(ref)) {
      report(
        schemaAt("oneOf", index),
        `${ref || "this oneOf entry"} has no discriminator value: it is missing from discriminator.mapping`,
        `add "<model id>: '${ref}'" to discriminator.mapping`,
      );
    }
  });
  for (const [model, target] of Object.entries(mapping)) {
    if (listed.has(String(target))) continue;
    report(
      schemaAt("discriminator", "mapping", model),
      `mapping names ${model}, but oneOf lacks ${String(target)}`,
      `add { $ref: "${String(target)}" } to oneOf, or remove ${model} from the mapping`,
    );
  }
}

/** An action whose request body is one schema without `model`: its one variant is named after the action. */
function readModellessAction(
  reading: Reading,
  media: Node,
  ref: string,
  name: string,
  at: At,
  schemaAt: At,
): ActionVariant[] | undefined {
  const { spec, report } = reading;
  const schemaName = VARIANT_REF.exec(ref)?.[1];
  const variantSchema = schemaName ? spec.deref({ $ref: ref }) : undefined;
  if (!schemaName || !isNode(variantSchema)) {
    report(
      schemaAt("$ref"),
      `${ref} is not a schema of this file`,
      "point it at #/components/schemas/<Schema>",
    );
    return undefined;
  }
  const variantAt = (...rest: (string | number)[]) => pointer("components", "schemas", schemaName, ...rest);
  const variant = readVariant(spec, name, schemaName, variantSchema, variantAt, report, false);
  if (!variant) return undefined;
  if (!reading.forPackage) return [variant];
  const examples = isNode(media.examples) ? media.examples : {};
  checkExampleKeys(examples, [name], at, report);
  const example = readExample(spec, examples, variant, at, report);
  return example && [{ ...variant, example }];
}

/** The schemas an action's request body names: its $ref, its oneOf $refs and its mapping targets. */
export function requestSchemaRefs(spec: LoadedSpec, post: Node): string[] {
  const body = spec.deref(post.requestBody);
  const media =
    isNode(body) && isNode(body.content) ? spec.deref(body.content["application/json"]) : undefined;
  const schema = isNode(media) ? media.schema : undefined;
  if (!isNode(schema)) return [];
  const refs = [schema.$ref];
  if (Array.isArray(schema.oneOf)) refs.push(...schema.oneOf.map((entry) => isNode(entry) && entry.$ref));
  const mapping = isNode(schema.discriminator) ? schema.discriminator.mapping : undefined;
  if (isNode(mapping)) refs.push(...Object.values(mapping));
  return refs.filter((ref): ref is string => typeof ref === "string");
}
