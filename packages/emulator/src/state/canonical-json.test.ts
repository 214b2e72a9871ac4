import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.js";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("canonicalJson", () => {
  it("sorts object keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson("x")).toBe('"x"');
  });

  it("writes any depth without overflowing the stack", () => {
    const deep = JSON.parse(`{"b":${nested(100_000)},"a":{"text":"abcd","model":"m"}}`);
    expect(canonicalJson(deep)).toBe(`{"a":{"model":"m","text":"abcd"},"b":${nested(100_000)}}`);
    expect(canonicalJson({ z: [1, undefined, { y: null, x: "s" }], k: undefined })).toBe(
      '{"z":[1,null,{"x":"s","y":null}]}',
    );
  });
});
