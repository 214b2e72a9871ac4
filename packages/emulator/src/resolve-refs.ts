import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";

/**
 * Reads YAML documents (each once) and inlines `$ref`s, so the validator and the price rules work on plain
 * schemas. Refs are resolved relative to the document they appear in, which is what lets
 * `./_shared/common.yaml#/...` in a family spec reach the shared file and its own internal refs.
 */
export class RefResolver {
  private readonly documents = new Map<string, unknown>();

  load(file: string): unknown {
    const path = resolve(file);
    if (!this.documents.has(path)) this.documents.set(path, parse(readFileSync(path, "utf8")));
    return this.documents.get(path);
  }

  /** The node a `$ref` string points at, with the file that node lives in (its own refs are relative to it). */
  target(ref: string, fromFile: string): { node: unknown; file: string; key: string } {
    const hash = ref.indexOf("#");
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? "" : ref.slice(hash + 1);
    const file = filePart === "" ? resolve(fromFile) : resolve(dirname(fromFile), filePart);
    let node: unknown;
    try {
      node = this.load(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${fromFile}: cannot resolve $ref "${ref}": ${reason}`);
    }
    for (const raw of pointer.split("/").slice(1)) {
      const segment = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
      if (node === null || typeof node !== "object" || !(segment in node)) {
        throw new Error(`${fromFile}: cannot resolve $ref "${ref}" (no "${segment}" in ${file})`);
      }
      node = (node as Record<string, unknown>)[segment];
    }
    return { node, file, key: `${file}#${pointer}` };
  }

  /** A deep copy of `node` (found in `file`) with every `$ref` replaced by its target. */
  inline(node: unknown, file: string, stack: readonly string[] = []): unknown {
    if (Array.isArray(node)) return node.map((item) => this.inline(item, file, stack));
    if (node === null || typeof node !== "object") return node;
    const { $ref, ...siblings } = node as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    if (typeof $ref === "string") {
      const target = this.target($ref, file);
      // A recursive schema cannot be inlined; say so instead of overflowing the stack.
      if (stack.includes(target.key)) throw new Error(`${file}: $ref cycle through "${$ref}"`);
      const resolved = this.inline(target.node, target.file, [...stack, target.key]);
      if (resolved !== null && typeof resolved === "object" && !Array.isArray(resolved)) {
        Object.assign(copy, resolved);
      } else if (Object.keys(siblings).length === 0) {
        return resolved;
      }
    } else if ($ref !== undefined) {
      copy.$ref = $ref;
    }
    // OpenAPI 3.1 allows keywords beside $ref; they refine the target, so they win.
    for (const [key, value] of Object.entries(siblings)) copy[key] = this.inline(value, file, stack);
    return copy;
  }
}
