import { describe, expect, it } from "vitest";
import { selectFamilies } from "./select-families.js";

const slugs = (argv: string[], env: Record<string, string> = {}) =>
  selectFamilies(argv, env).map(([slug]) => slug);

describe("selectFamilies", () => {
  it("takes --families in either form, before the environment", () => {
    expect(slugs(["--families", "kling,flux-2"], { RUNAPI_MCP_FAMILIES: "suno" })).toEqual([
      "kling",
      "flux-2",
    ]);
    expect(slugs(["--families=suno, kling,suno"])).toEqual(["suno", "kling"]);
  });

  it("takes RUNAPI_MCP_FAMILIES without the flag, and every family without either", () => {
    expect(slugs([], { RUNAPI_MCP_FAMILIES: "suno" })).toEqual(["suno"]);
    expect(slugs([])).toContain("flux-2");
    expect(slugs([]).length).toBeGreaterThan(30);
  });

  it("refuses an unknown family naming the known ones, and a flag without a list", () => {
    expect(() => slugs(["--families", "flux-2,nope,nada"])).toThrow(
      /unknown families nope, nada: use some of .*flux-2/,
    );
    expect(() => slugs(["--families"])).toThrow("--families takes a comma-separated list of families");
  });
});
