import { describe, expect, it } from "vitest";
import { isAbsent } from "./is-absent.js";

describe("isAbsent", () => {
  it("counts what the API counts as left out", () => {
    for (const value of [undefined, null, "", "  \n\t", [], ["", " "], [null], {}, { a: undefined }]) {
      expect(isAbsent(value), JSON.stringify(value)).toBe(true);
    }
  });

  it("counts false, 0 and anything with content as there", () => {
    for (const value of [false, 0, "a", [" ", "a"], [0], { a: null }, new Blob(["x"]), new Date(0)]) {
      expect(isAbsent(value), String(value)).toBe(false);
    }
  });
});
