import { relative } from "node:path";
import { DOCUMENTATION_KEYWORDS, type FamilyModel } from "./family-model.js";
import { pointer } from "./json-pointer.js";
import { loadSpec } from "./load-spec.js";
import { readFamily } from "./read-family.js";
import type { SpecProblem } from "./spec-problem.js";

/** What a family package exposes, read from its spec: what `changeset:specs` compares. */
export interface SpecSurface {
  /** The variant table, request schemas and prices, as the generator reads them. */
  family: FamilyModel;
  /**
   * Every description, summary, title, format and example reachable from the spec's info and paths, in the
   * spec or in a shared file it references: `<file>#<pointer>` (where it is written) → its text.
   */
  documentation: Map<string, string>;
  /** `<file>#<pointer>` of every `deprecated: true` reachable the same way. */
  deprecations: Set<string>;
  /**
   * `GET /api/v1/flux_2/text_to_image/{id}` → the operation's parameters and responses (the types generated
   * besides the request schemas) with references inlined and documentation left out, as canonical JSON.
   */
  operations: Map<string, string>;
}

type Value = Record<string, unknown>;
/** Mappings and arrays alike: both are walked. */
const isWalkable = (value: unknown): value is Value => typeof value === "object" && value !== null;
const METHODS = ["get", "put", "post", "delete", "patch"];
/** Keywords a reader sees but no validator or type enforces; `summary` documents operations. */
const DOCUMENTATION = new Set([...DOCUMENTATION_KEYWORDS.filter((key) => key !== "deprecated"), "summary"]);

/**
 * Reads a spec with the generator's own loader and linter, plus the documentation and response types the
 * generated package carries. Problems are the linter's; the surface is returned only when there are none.
 */
export function readSpecSurface(
  path: string,
  root: string,
): { surface?: SpecSurface; problems: SpecProblem[] } {
  const spec = loadSpec(path, root);
  const { family, problems } = readFamily(spec);
  if (!family) return { problems };
  const documentation = new Map<string, string>();
  const deprecations = new Set<string>();
  const seen = new Set<string>();
  const name = (file: string, at: string) => `${relative(root, file)}#${at}`;

  // Documentation is keyed by where it is written, so text shared by many variants is one entry.
  const visit = (node: unknown, file: string, at: string, parentKey?: string): void => {
    if (!isWalkable(node)) return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, file, at + pointer(index));
      });
      return;
    }
    if (typeof node.$ref === "string") {
      const target = spec.resolve(node.$ref, file);
      const key = target && name(target.file, target.at);
      if (!target || !key || seen.has(key)) return;
      seen.add(key);
      visit(target.node, target.file, target.at);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      const here = at + pointer(key);
      // Under `properties` a key is a field's name, never a keyword.
      if (parentKey !== "properties" && key === "examples" && isWalkable(value) && !Array.isArray(value)) {
        // A media type's named examples, one per variant: each is its own entry.
        for (const [example, text] of Object.entries(value)) {
          documentation.set(name(file, here + pointer(example)), JSON.stringify(text));
        }
      } else if (parentKey !== "properties" && DOCUMENTATION.has(key)) {
        documentation.set(name(file, here), typeof value === "string" ? value : JSON.stringify(value));
      } else if (parentKey !== "properties" && key === "deprecated") {
        if (value === true) deprecations.add(name(file, here));
      } else {
        visit(value, file, here, key);
      }
    }
  };
  visit(spec.document.info, path, pointer("info"));
  visit(spec.document.paths, path, pointer("paths"));

  const operations = new Map<string, string>();
  const paths = isWalkable(spec.document.paths) ? spec.document.paths : {};
  for (const [route, item] of Object.entries(paths)) {
    if (!isWalkable(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isWalkable(operation)) continue;
      const types = {
        pathParameters: item.parameters,
        parameters: operation.parameters,
        responses: operation.responses,
      };
      operations.set(`${method.toUpperCase()} ${route}`, JSON.stringify(typesOnly(spec.inline(types))));
    }
  }
  return { surface: { family, documentation, deprecations, operations }, problems };
}

/** An inlined node with its keys sorted and documentation left out: what the generated types are made of. */
function typesOnly(node: unknown, parentKey?: string): unknown {
  if (!isWalkable(node)) return node;
  if (Array.isArray(node)) return node.map((item) => typesOnly(item));
  const entries = Object.entries(node)
    .filter(([key]) => parentKey === "properties" || !(DOCUMENTATION.has(key) || key === "deprecated"))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => [key, typesOnly(value, key)]);
  return Object.fromEntries(entries);
}
