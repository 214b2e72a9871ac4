/**
 * A whole specs/ folder: every spec read, every file of its subfolders linted (a shared file no spec uses
 * included), and a problem of a file many specs share told once, naming that file.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repo } from "../test/support/spec-folder.js";
import type { LoadedSpec } from "./load-spec.js";
import { readFamily, readServedFamily } from "./read-family.js";
import { readSpecFolder } from "./read-spec-folder.js";
import type { SpecProblem } from "./spec-problem.js";

/** The reading for a package and the reading for a server. */
const READINGS: ((spec: LoadedSpec) => { family?: unknown; problems: SpecProblem[] })[] = [
  readFamily,
  readServedFamily,
];

describe("a copy of specs/", () => {
  let root: string;
  let specsDir: string;
  let common: string;
  let shared: string;
  const specCount = readdirSync(join(repo, "specs")).filter((name) => name.endsWith(".yaml")).length;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "runapi-spec-folder-"));
    specsDir = join(root, "specs");
    cpSync(join(repo, "specs"), specsDir, { recursive: true });
    common = join(specsDir, "_shared/common.yaml");
    shared = readFileSync(common, "utf8");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("reads every spec, for a package and for a server, with no problem", () => {
    for (const read of READINGS) {
      const { families, problems } = readSpecFolder(specsDir, root, read);
      expect(problems).toEqual([]);
      expect(families).toHaveLength(specCount);
    }
  });

  it("names _shared/common.yaml once for a broken $ref between two of its nodes, and reads no spec that uses it", () => {
    const broken = shared.replace(
      '        status: { $ref: "#/components/schemas/TaskStatus" }\n        task_replayed:',
      '        status: { $ref: "#/components/schemas/TaskStatusX" }\n        task_replayed:',
    );
    expect(broken).not.toBe(shared);
    writeFileSync(common, broken);
    try {
      for (const read of READINGS) {
        const { families, problems } = readSpecFolder(specsDir, root, read);
        expect(problems).toEqual([
          {
            file: "specs/_shared/common.yaml",
            pointer: "/components/schemas/TaskCreated/properties/status/$ref",
            message:
              "$ref #/components/schemas/TaskStatusX does not resolve: specs/_shared/common.yaml#/components/schemas has no TaskStatusX",
            fix: expect.stringMatching(/^point it at one of the entries there \(TaskStatus, /),
          },
        ]);
        expect(families).toEqual([]);
      }
    } finally {
      writeFileSync(common, shared);
    }
  });

  it("lints a shared file that no spec refers to", () => {
    const unused = join(specsDir, "_shared/unused.yaml");
    writeFileSync(unused, 'Thing: { $ref: "./common.yaml#/components/schemas/Nothing" }\n');
    try {
      const { families, problems } = readSpecFolder(specsDir, root, readFamily);
      expect(problems).toEqual([
        {
          file: "specs/_shared/unused.yaml",
          pointer: "/Thing/$ref",
          message:
            "$ref ./common.yaml#/components/schemas/Nothing does not resolve: specs/_shared/common.yaml#/components/schemas has no Nothing",
          fix: expect.stringMatching(/^point it at one of the entries there/),
        },
      ]);
      expect(families).toHaveLength(specCount);
    } finally {
      rmSync(unused);
    }
  });
});
