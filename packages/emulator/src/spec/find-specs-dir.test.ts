import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findSpecsDir } from "./find-specs-dir.js";

const work = mkdtempSync(join(tmpdir(), "find-specs-dir-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function spec(path: string) {
  mkdirSync(join(work, path, ".."), { recursive: true });
  writeFileSync(join(work, path), "openapi: 3.1.0\n");
}

describe("findSpecsDir", () => {
  it("finds the specs a built package carries beside its bundle before any specs/ above it", () => {
    spec("project/specs/other.yaml");
    spec("project/node_modules/@runapi.ai/emulator/dist/specs/flux-2.yaml");
    const dist = join(work, "project/node_modules/@runapi.ai/emulator/dist");
    expect(findSpecsDir(dist)).toBe(join(dist, "specs"));
  });

  it("walks past a specs/ folder without specs in it", () => {
    mkdirSync(join(work, "repo/packages/emulator/src/specs"), { recursive: true });
    spec("repo/specs/flux-2.yaml");
    expect(findSpecsDir(join(work, "repo/packages/emulator/src"))).toBe(join(work, "repo/specs"));
  });

  it("reads the repository's specs/ from the sources", () => {
    expect(findSpecsDir()).toBe(fileURLToPath(new URL("../../../../specs", import.meta.url)));
  });

  it("names where it looked and the way out when there are none", () => {
    mkdirSync(join(work, "empty"), { recursive: true });
    expect(() => findSpecsDir(join(work, "empty"))).toThrow(
      `No specs/ folder with *.yaml found above ${join(work, "empty")}; pass specsDir.`,
    );
  });
});
