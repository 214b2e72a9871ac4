import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SpecError } from "../../packages/spec/src/index.ts";
import { repositoryCopies } from "../shared/repository-copies.ts";
import { generatePackages } from "./generate-packages.ts";

const copy = repositoryCopies();

/** What generation refuses in `dir`, as its lines; fails the test when it does not refuse. */
async function refusal(dir: string): Promise<string[]> {
  const before = readFileSync(join(dir, "packages/flux-2/README.md"), "utf8");
  const error = await generatePackages(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SpecError);
  // Nothing was written.
  expect(readFileSync(join(dir, "packages/flux-2/README.md"), "utf8")).toBe(before);
  return (error as SpecError).problems.map(
    (problem) => `${problem.file}#${problem.pointer}: ${problem.message}`,
  );
}

describe("generate refuses what the specs no longer account for", () => {
  it("names a package whose spec is gone, with the fix, and writes nothing", async () => {
    const dir = copy();
    cpSync(join(dir, "packages/flux-2"), join(dir, "packages/flux-old"), { recursive: true });
    const packageJson = join(dir, "packages/flux-old/package.json");
    writeFileSync(packageJson, readFileSync(packageJson, "utf8").replaceAll("flux-2", "flux-old"));
    const error = await generatePackages(dir, { check: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    const [problem] = (error as SpecError).problems;
    expect(problem).toMatchObject({
      file: "packages/flux-old",
      message: "the package was generated from specs/flux-old.yaml, which no longer exists",
    });
    expect(problem?.fix).toContain("delete packages/flux-old");
    expect(await refusal(dir)).toHaveLength(1);
  });

  it("names a file among the generated ones that generation does not write", async () => {
    const dir = copy();
    writeFileSync(join(dir, "packages/flux-2/src/generated/extra.ts"), "export const extra = 1;\n");
    expect(await refusal(dir)).toEqual([
      "packages/flux-2/src/generated/extra.ts#: generation does not write this file, yet it sits among the generated ones",
    ]);
  });

  it("tells a shared file's YAML error once, as that file's, not as every $ref into it", async () => {
    const dir = copy();
    // A second family shares the broken file too: still one problem.
    cpSync(join(dir, "specs/flux-2.yaml"), join(dir, "specs/flux-3.yaml"));
    appendFileSync(join(dir, "specs/_shared/common.yaml"), "\nBroken: [unclosed\n");
    const lines = await refusal(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^specs\/_shared\/common\.yaml#: the file is not valid YAML: /);
  });
});

describe("generate removes what it once wrote and writes no more", () => {
  it("deletes a file carrying its notice, such as a runtime suite it stopped writing; --check names it first", async () => {
    const dir = copy();
    const stale = "packages/flux-2/test/flux-2.test.ts";
    const notice = readFileSync(join(dir, "packages/flux-2/test/types.test-d.ts"), "utf8").split("\n")[0];
    writeFileSync(join(dir, stale), `${notice}\nexport {};\n`);
    // A file without the notice is not generation's to delete.
    writeFileSync(join(dir, "packages/flux-2/test/notes.md"), "kept\n");
    const checked = await generatePackages(dir, { check: true });
    expect([checked.changed, checked.removed]).toEqual([[stale], [stale]]);
    expect(existsSync(join(dir, stale))).toBe(true);
    expect((await generatePackages(dir)).removed).toEqual([stale]);
    expect(existsSync(join(dir, stale))).toBe(false);
    expect(existsSync(join(dir, "packages/flux-2/test/notes.md"))).toBe(true);
    expect((await generatePackages(dir, { check: true })).changed).toEqual([]);
  });
});
