import { describe, expect, it } from "vitest";
import { pick } from "./pick.js";

describe("pick", () => {
  it("takes the value's own key, as String(value)", () => {
    expect(pick({ "2k": 24, "1k": 14 }, "2k")).toBe(24);
    expect(pick({ true: 60, false: 45 }, false)).toBe(45);
    expect(pick({ "6": 30, "10": 50 }, 10)).toBe(50);
  });

  it("prefers the own key over a range that also holds the number, wherever each stands", () => {
    expect(pick({ "1-10": 18, "5": 7 }, 5)).toBe(7);
    expect(pick({ "1-10": 18, "5": 7 }, 6)).toBe(18);
  });

  it("matches a range a-b, ends included, decimals allowed, for numbers only", () => {
    const bands = { "1-10": 18, "10.5-20": 45 };
    expect([1, 10, 10.5, 20].map((value) => pick(bands, value))).toEqual([18, 18, 45, 45]);
    expect(pick(bands, 10.2)).toBeUndefined();
    expect(pick(bands, "5")).toBeUndefined();
    expect(pick(bands, null)).toBeUndefined();
  });

  it("takes no key that merely contains a dash as a range", () => {
    expect(pick({ "16-9": 1, "-5-5": 2, "1-": 3, "a-b": 4 }, 0)).toBeUndefined();
    expect(pick({ "16-9": 1 }, 12)).toBeUndefined();
  });

  it("falls back to any, even for a value left out", () => {
    expect(pick({ "720p": 8, any: 5 }, "1080p")).toBe(5);
    expect(pick({ any: 5 }, undefined)).toBe(5);
    expect(pick({ "720p": 8 }, "1080p")).toBeUndefined();
  });

  it("walks nothing inherited from Object.prototype", () => {
    expect(pick({ "1k": 5 }, "toString")).toBeUndefined();
  });
});
