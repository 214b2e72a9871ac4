/** JSON Pointer (RFC 6901) helpers: spec problems name the exact place in the file. */

export function pointer(...segments: (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

export function resolvePointer(document: unknown, fragment: string): unknown {
  if (fragment === "" || fragment === "/") return document;
  let node: unknown = document;
  for (const raw of fragment.replace(/^\//, "").split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
