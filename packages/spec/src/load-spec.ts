import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parse } from "yaml";
import { pointer, resolvePointer } from "./json-pointer.js";
import type { SpecProblem } from "./spec-problem.js";

/** A spec file as read: its parsed document plus a resolver for `$ref`s, local and into sibling files. */
export interface LoadedSpec {
  /** Absolute path of the spec file. */
  path: string;
  /** Path relative to the repository root, as problems name it. */
  file: string;
  document: Record<string, unknown>;
  /** Follows `$ref`s until a non-reference node; undefined when a reference does not resolve. */
  deref(node: unknown): unknown;
  problems: SpecProblem[];
}

/** Reads a spec; YAML syntax errors and unresolvable `$ref`s become problems rather than exceptions. */
export function loadSpec(path: string, root: string): LoadedSpec {
  const file = relative(root, path);
  const problems: SpecProblem[] = [];
  const documents = new Map<string, unknown>();
  const readYaml = (file: string): unknown => {
    if (!documents.has(file)) documents.set(file, parse(readFileSync(file, "utf8")));
    return documents.get(file);
  };
  let document: Record<string, unknown> = {};
  try {
    const parsed = parse(readFileSync(path, "utf8"));
    if (typeof parsed === "object" && parsed !== null) document = parsed as Record<string, unknown>;
    else
      problems.push({
        file,
        pointer: "",
        message: "the file is not a YAML mapping",
        fix: "start from specs/flux-2.yaml",
      });
  } catch (error) {
    problems.push({
      file,
      pointer: "",
      message: `the file is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
      fix: "correct the YAML syntax at the line the message names",
    });
  }

  // Referenced files that exist but cannot be parsed: told once, as a problem of that file, not of every $ref.
  const broken = new Set<string>();
  // Resolves one reference relative to the file that holds it: [target node, file of the target].
  const resolveRef = (ref: string, from: string): [unknown, string] | undefined => {
    const [target = "", fragment = ""] = ref.split("#");
    const targetPath = target ? join(dirname(from), target) : from;
    let targetDocument: unknown;
    try {
      targetDocument = targetPath === path ? document : readYaml(targetPath);
    } catch (error) {
      if (existsSync(targetPath) && !broken.has(targetPath)) {
        broken.add(targetPath);
        problems.push({
          file: relative(root, targetPath),
          pointer: "",
          message: `the file is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
          fix: "correct the YAML syntax at the line the message names",
        });
      }
      return undefined;
    }
    const node = resolvePointer(targetDocument, fragment);
    return node === undefined ? undefined : [node, targetPath];
  };

  // Inline every reference so later steps see plain schemas; remember which file each node came from.
  const origin = new WeakMap<object, string>();
  const deref = (node: unknown): unknown => {
    let current = node;
    for (let hops = 0; hops < 32; hops++) {
      if (typeof current !== "object" || current === null || !("$ref" in current)) return current;
      const from = origin.get(current) ?? path;
      const resolved = resolveRef(String((current as { $ref: unknown }).$ref), from);
      if (!resolved) return undefined;
      const [target, targetFile] = resolved;
      if (typeof target === "object" && target !== null) markOrigin(target, targetFile, origin);
      current = target;
    }
    return undefined;
  };

  // Every `$ref` in the file (and in the files it reaches) must resolve.
  const visited = new Set<unknown>();
  const checkRefs = (node: unknown, at: (string | number)[], from: string) => {
    if (typeof node !== "object" || node === null || visited.has(node)) return;
    visited.add(node);
    if ("$ref" in node) {
      const ref = String((node as { $ref: unknown }).$ref);
      const resolved = resolveRef(ref, from);
      const [refFile = ""] = ref.split("#");
      // A reference into a file that could not be parsed: that file's problem says it all.
      if (!resolved && refFile && broken.has(join(dirname(from), refFile))) return;
      if (!resolved) {
        problems.push({
          file: relative(root, from),
          pointer: pointer(...at, "$ref"),
          message: `$ref ${ref} does not resolve`,
          fix: "point it at an existing node, e.g. #/components/schemas/Prompt or ./_shared/common.yaml#/components/schemas/Task",
        });
        return;
      }
      const [target, targetFile] = resolved;
      if (targetFile !== from) checkRefs(target, refPath(ref), targetFile);
      return;
    }
    for (const [key, value] of Object.entries(node)) checkRefs(value, [...at, key], from);
  };
  checkRefs(document, [], path);

  return { path, file, document, deref, problems };
}

function refPath(ref: string): string[] {
  const fragment = ref.split("#")[1] ?? "";
  return fragment.split("/").filter(Boolean);
}

function markOrigin(node: object, file: string, origin: WeakMap<object, string>) {
  if (origin.has(node)) return;
  origin.set(node, file);
  for (const value of Object.values(node)) {
    if (typeof value === "object" && value !== null) markOrigin(value, file, origin);
  }
}
