/**
 * `pnpm lint` (biome, with the repository's own biome.json) fails on an import cycle, counting type-only and
 * dynamic imports, and passes once the cycle is broken.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const biome = join(repo, "node_modules/.bin/biome");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder with the repository's biome.json and the given source files; answers biome lint's exit and output. */
function lint(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "runapi-cycles-"));
  dirs.push(dir);
  cpSync(join(repo, "biome.json"), join(dir, "biome.json"));
  mkdirSync(join(dir, "src"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "src", name), text);
  const run = spawnSync(biome, ["lint", "--colors=off", "src"], { cwd: dir, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("the import-cycle check of pnpm lint", () => {
  it("fails on a cycle made of a type-only import and a dynamic import()", () => {
    const { status, output } = lint({
      "task.ts": 'import type { Client } from "./client.ts";\nexport type Task = { client?: Client };\n',
      "client.ts": 'export type Client = { id: string };\nexport const load = () => import("./task.ts");\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("lint/suspicious/noImportCycles");
    expect(output).toMatch(/src\/(task|client)\.ts/);
  });

  it("fails on a cycle of three static imports", () => {
    const { status, output } = lint({
      "a.ts": 'import { b } from "./b.ts";\nexport const a = () => b();\n',
      "b.ts": 'import { c } from "./c.ts";\nexport const b = () => c();\n',
      "c.ts": 'import { a } from "./a.ts";\nexport const c = () => a;\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain("lint/suspicious/noImportCycles");
  });

  it("passes the same modules once the shared type lives in a module of its own", () => {
    const { status, output } = lint({
      "types.ts": "export type Client = { id: string };\n",
      "task.ts": 'import type { Client } from "./types.ts";\nexport type Task = { client?: Client };\n',
      "client.ts":
        'export type { Client } from "./types.ts";\nexport const load = () => import("./task.ts");\n',
    });
    expect(output).not.toContain("noImportCycles");
    expect(status).toBe(0);
  });
});
