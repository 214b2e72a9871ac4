import { describe, expect, it } from "vitest";
import type { Rule } from "../../packages/core/src/index.ts";
import { diffRules } from "./diff-rules.ts";

const lines = (before: Rule[], after: Rule[]) =>
  diffRules(before, after, "toy-a").map(({ bump, summary }) => `${bump}: ${summary}`);

describe("diffRules", () => {
  const remix: Rule = {
    when: { mode: "remix", steps: 30 },
    required: ["strength"],
    enum: { ratio: ["1:1", "16:9"] },
  };

  it("finds nothing when the rules are the same, in any order of conditions and parts", () => {
    const reordered: Rule = {
      enum: { ratio: ["1:1", "16:9"] },
      required: ["strength"],
      when: { steps: 30, mode: "remix" },
    };
    expect(lines([remix, { requiredAny: ["a", "b"] }], [{ requiredAny: ["b", "a"] }, reordered])).toEqual([]);
  });

  it("a narrowed rule enum is major, a widened one minor", () => {
    expect(lines([remix], [{ ...remix, enum: { ratio: ["1:1", "4:3"] } }])).toEqual([
      "major: removed value 16:9 of ratio when mode is remix and steps is 30",
      "minor: new value 4:3 of ratio when mode is remix and steps is 30",
    ]);
  });

  it("a rule enum that appears is major; one that goes is minor", () => {
    const { enum: _, ...withoutEnum } = remix;
    expect(lines([withoutEnum], [remix])).toEqual([
      "major: ratio must be one of: 1:1, 16:9 when mode is remix and steps is 30",
    ]);
    expect(lines([remix], [withoutEnum])).toEqual([
      "minor: ratio may take any of its values again when mode is remix and steps is 30",
    ]);
  });

  it("a new one-of requirement without a condition is major, and dropping it minor", () => {
    expect(lines([], [{ requiredAny: ["style", "lyrics"] }])).toEqual([
      "major: one of lyrics, style is now required",
    ]);
    expect(lines([{ requiredAny: ["style", "lyrics"] }], [])).toEqual([
      "minor: one of lyrics, style is no longer required",
    ]);
  });

  it("a rule whose condition changed is the old rule gone and a new one", () => {
    const absent: Rule = { when: { first: { present: false } }, forbidden: ["last"] };
    const present: Rule = { when: { first: { present: true } }, forbidden: ["last"] };
    expect(lines([absent], [present])).toEqual([
      "minor: last is allowed again when first is absent",
      "major: last is no longer allowed when first is present",
    ]);
  });

  it("names the variant on every change", () => {
    expect(diffRules([], [{ required: ["x"] }], "toy-b")).toEqual([
      { bump: "major", summary: "x is now required", variant: "toy-b" },
    ]);
  });
});
