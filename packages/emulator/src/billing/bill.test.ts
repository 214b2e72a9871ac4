import { describe, expect, it } from "vitest";
import { tokenCounts } from "./bill.js";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("tokenCounts", () => {
  it("counts any depth without overflowing the stack", () => {
    const deep = JSON.parse(`{"b":${nested(100_000)},"a":{"text":"abcd","model":"m"}}`);
    expect(tokenCounts(deep, {}).input).toBe(1);
  });
});
