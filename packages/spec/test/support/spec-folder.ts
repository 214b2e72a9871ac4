// Test support: specs in a throwaway folder, read the way the generator reads them.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { FamilyModel } from "../../src/family-model.js";
import { loadSpec } from "../../src/load-spec.js";
import { readFamily } from "../../src/read-family.js";

export const repo = fileURLToPath(new URL("../../../../", import.meta.url));

/** A file of the repository, e.g. `specs/flux-2.yaml`. */
export const repositoryFile = (path: string): string => readFileSync(join(repo, path), "utf8");

/**
 * A throwaway root whose specs/ holds the repository's specs/_shared and `specs` (file name → text), as the
 * generator sees a repository. `remove()` deletes it.
 */
export function specFolder(specs: Record<string, string>): {
  root: string;
  specsDir: string;
  remove: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), "runapi-spec-"));
  const specsDir = join(root, "specs");
  mkdirSync(specsDir);
  cpSync(join(repo, "specs/_shared"), join(specsDir, "_shared"), { recursive: true });
  for (const [name, text] of Object.entries(specs)) writeFileSync(join(specsDir, name), text);
  return { root, specsDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** readFamily over one spec, written as `specs/<name>` next to the repository's shared components. */
export function readSpecText(name: string, text: string): ReturnType<typeof readFamily> {
  const folder = specFolder({ [name]: text });
  try {
    return readFamily(loadSpec(join(folder.specsDir, name), folder.root));
  } finally {
    folder.remove();
  }
}

/**
 * The problems of the repository's `specs/<name>` after `edit`, which must change it; every problem names a
 * fix. The spec is named `specs/<name>` in them, as the generator names it.
 */
export function problemsAfter(name: string, edit: (spec: string) => string) {
  const before = repositoryFile(`specs/${name}`);
  const after = edit(before);
  expect(after).not.toBe(before);
  const { family, problems } = readSpecText(name, after);
  expect(family).toBeUndefined();
  for (const problem of problems) expect(problem.fix).toMatch(/\w/);
  return problems;
}

/** A spec fixture of scripts/fixtures (`toy-prices`, `toy-rules`): its text, and its family as readFamily reads it. */
export function fixture(name: string): { text: string; family: FamilyModel } {
  const text = repositoryFile(`scripts/fixtures/${name}/${name}.yaml`);
  const { family, problems } = readSpecText(`${name}.yaml`, text);
  expect(problems).toEqual([]);
  return { text, family: family as FamilyModel };
}
