import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parse } from "yaml";
import { pointer, resolvePointer } from "./json-pointer.js";
import type { SpecProblem } from "./spec-problem.js";

/** Where a `$ref` points: the file (absolute path), the JSON pointer inside it, and the node found there. */
export interface RefTarget {
  file: string;
  at: string;
  node: unknown;
}

/** A spec file as read: its parsed document plus a resolver for `$ref`s, local and into sibling files. */
export interface LoadedSpec {
  /** Absolute path of the spec file. */
  path: string;
  /** Path relative to the repository root, as problems name it. */
  file: string;
  document: Record<string, unknown>;
  /** Follows `$ref`s until a non-reference node; undefined when a reference does not resolve. */
  deref(node: unknown): unknown;
  /**
   * A copy of `node` with every `$ref` replaced by a copy of what it points at, each resolved relative to the
   * file that holds it. A reference back into a node it is inside of stays a `$ref`: it has no finite copy.
   */
  inline(node: unknown): unknown;
  /** Where `ref`, written in the file `from` (absolute path), points; undefined when it does not resolve. */
  resolve(ref: string, from: string): RefTarget | undefined;
  /** The YAML problems of every file read and every `$ref` of those files that does not resolve. */
  problems: SpecProblem[];
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null;
const YAML_FIX = "correct the YAML syntax at the line the message names";

/**
 * Reads a spec and every file its `$ref`s reach. YAML syntax errors and `$ref`s that do not resolve become
 * problems rather than exceptions; each names the file that holds the mistake (a shared file, not the spec
 * that uses it), its JSON pointer and the fix.
 */
export function loadSpec(path: string, root: string): LoadedSpec {
  const file = relative(root, path);
  const problems: SpecProblem[] = [];
  const named = (absolute: string) => relative(root, absolute);
  // Every file read, parsed once; undefined when it is missing or is not YAML (told once, as its own problem).
  const documents = new Map<string, unknown>();
  // The file each node was read from: a `$ref` resolves relative to the file that holds it.
  const origin = new WeakMap<object, string>();

  const read = (target: string): unknown => {
    if (documents.has(target)) return documents.get(target);
    let document: unknown;
    try {
      if (existsSync(target)) document = parse(readFileSync(target, "utf8"));
    } catch (error) {
      problems.push({
        file: named(target),
        pointer: "",
        message: `the file is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
        fix: YAML_FIX,
      });
    }
    documents.set(target, document);
    markOrigin(document, target, origin);
    return document;
  };

  let document: Node = {};
  const parsed = read(path);
  if (isNode(parsed) && !Array.isArray(parsed)) document = parsed;
  else if (!existsSync(path)) {
    problems.push({
      file,
      pointer: "",
      message: "the file does not exist",
      fix: "name an existing spec file",
    });
  } else if (problems.length === 0) {
    problems.push({
      file,
      pointer: "",
      message: "the file is not a YAML mapping",
      fix: "start from specs/flux-2.yaml",
    });
  }

  const targetFile = (ref: string, from: string) => {
    const [target = ""] = ref.split("#");
    return target ? join(dirname(from), target) : from;
  };
  const resolve = (ref: string, from: string): RefTarget | undefined => {
    const target = targetFile(ref, from);
    const at = ref.split("#")[1] ?? "";
    const node = resolvePointer(read(target), at);
    return node === undefined ? undefined : { file: target, at, node };
  };

  const deref = (node: unknown): unknown => {
    let current = node;
    for (let hops = 0; hops < 32; hops++) {
      if (!isNode(current) || !("$ref" in current)) return current;
      const target = resolve(String(current.$ref), origin.get(current) ?? path);
      if (!target) return undefined;
      current = target.node;
    }
    return undefined;
  };

  const inline = (node: unknown, from: string, within: readonly string[]): unknown => {
    if (!isNode(node)) return node;
    if (Array.isArray(node)) return node.map((item) => inline(item, from, within));
    if (typeof node.$ref === "string") {
      const target = resolve(node.$ref, from);
      const key = target && `${target.file}#${target.at}`;
      if (!target || !key || within.includes(key)) return { $ref: node.$ref };
      return inline(target.node, target.file, [...within, key]);
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(value, from, within)]));
  };

  // Every `$ref` of the spec and of every file it reaches, each file checked whole and once.
  const checked = new Set<string>();
  const pending = [path];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (checked.has(next)) continue;
    checked.add(next);
    const holder = next;
    forEachRef(read(holder), (ref, at) => {
      const target = targetFile(ref, holder);
      // A file that exists but is not YAML has its own problem; every reference into it would repeat it.
      if (existsSync(target) && read(target) === undefined) return;
      if (resolve(ref, holder)) {
        if (target !== holder) pending.push(target);
        return;
      }
      problems.push({
        file: named(holder),
        pointer: pointer(...at, "$ref"),
        ...unresolved(ref, target, read(target), named),
      });
    });
  }

  return {
    path,
    file,
    document,
    deref,
    inline: (node) => inline(node, (isNode(node) && origin.get(node)) || path, []),
    resolve,
    problems,
  };
}

/** Calls `visit` with each `$ref` string of a document and the path of the node that holds it. */
function forEachRef(node: unknown, visit: (ref: string, at: (string | number)[]) => void, at: string[] = []) {
  if (!isNode(node)) return;
  if (!Array.isArray(node) && "$ref" in node) visit(String(node.$ref), at);
  for (const [key, value] of Object.entries(node)) forEachRef(value, visit, [...at, key]);
}

/** What is wrong with a `$ref` that does not resolve, and the fix: the file is missing, or the node in it. */
function unresolved(
  ref: string,
  target: string,
  document: unknown,
  named: (path: string) => string,
): { message: string; fix: string } {
  if (document === undefined) {
    return {
      message: `$ref ${ref} does not resolve: there is no file ${named(target)}`,
      fix: "write the path of an existing file, relative to the folder of the file that holds the $ref",
    };
  }
  // The deepest node the pointer reaches, and the segment it lacks.
  const segments = (ref.split("#")[1] ?? "").split("/").filter(Boolean);
  let node = document;
  let reached = "";
  for (const segment of segments) {
    const key = decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
    const next = isNode(node) && Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === undefined) {
      const place = `${named(target)}#${reached}`;
      if (!isNode(node) || Array.isArray(node)) {
        return {
          message: `$ref ${ref} does not resolve: ${place} is not a mapping`,
          fix: "point it at a mapping's entry, e.g. #/components/schemas/<Name>",
        };
      }
      const keys = Object.keys(node);
      const listed = keys.length > 8 ? `${keys.slice(0, 8).join(", ")}, …` : keys.join(", ");
      return {
        message: `$ref ${ref} does not resolve: ${place} has no ${key}`,
        fix: `point it at one of the entries there (${listed})`,
      };
    }
    node = next;
    reached += pointer(key);
  }
  return { message: `$ref ${ref} does not resolve`, fix: "point it at an existing node" };
}

function markOrigin(node: unknown, file: string, origin: WeakMap<object, string>) {
  if (!isNode(node) || origin.has(node)) return;
  origin.set(node, file);
  for (const value of Object.values(node)) markOrigin(value, file, origin);
}
