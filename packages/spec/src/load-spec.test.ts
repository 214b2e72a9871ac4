/**
 * Loading a spec: every `$ref` of the spec and of every file it reaches resolves, or is a problem of the file
 * that holds it (a shared file, not the spec that uses it), at its JSON pointer, with the fix.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repositoryFile, specFolder } from "../test/support/spec-folder.js";
import { loadSpec } from "./load-spec.js";

const FLUX_2 = repositoryFile("specs/flux-2.yaml");
const folders: { remove: () => void }[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

/** specs/flux-2.yaml (after `edit`) beside the repository's shared files (after `editShared`), loaded. */
function load(edit: (spec: string) => string = (spec) => spec, editShared?: (common: string) => string) {
  const folder = specFolder({ "flux-2.yaml": edit(FLUX_2) });
  folders.push(folder);
  const common = join(folder.specsDir, "_shared/common.yaml");
  if (editShared) {
    const before = readFileSync(common, "utf8");
    const after = editShared(before);
    expect(after).not.toBe(before);
    writeFileSync(common, after);
  }
  return { spec: loadSpec(join(folder.specsDir, "flux-2.yaml"), folder.root), common };
}

describe("a $ref that does not resolve", () => {
  it("between two nodes of a shared file is that file's problem, at its pointer, with the entries it could name", () => {
    const { spec } = load(undefined, (common) =>
      common.replace(
        '        status: { $ref: "#/components/schemas/TaskStatus" }\n        task_replayed:',
        '        status: { $ref: "#/components/schemas/TaskStatusX" }\n        task_replayed:',
      ),
    );
    expect(spec.problems).toEqual([
      {
        file: "specs/_shared/common.yaml",
        pointer: "/components/schemas/TaskCreated/properties/status/$ref",
        message:
          "$ref #/components/schemas/TaskStatusX does not resolve: specs/_shared/common.yaml#/components/schemas has no TaskStatusX",
        fix: expect.stringMatching(/^point it at one of the entries there \(TaskStatus, .*, …\)$/),
      },
    ]);
  });

  it("in the spec names the spec, and the node it lacks", () => {
    const { spec } = load((text) =>
      text.replace(
        'prompt: { $ref: "#/components/schemas/Prompt" }',
        'prompt: { $ref: "#/components/schemas/Promt" }',
      ),
    );
    expect(spec.problems).toContainEqual({
      file: "specs/flux-2.yaml",
      pointer: "/components/schemas/Flux2ProTextToImage/properties/prompt/$ref",
      message:
        "$ref #/components/schemas/Promt does not resolve: specs/flux-2.yaml#/components/schemas has no Promt",
      fix: expect.stringMatching(/^point it at one of the entries there \(/),
    });
  });

  it("into a file that does not exist names that file", () => {
    const { spec } = load((text) =>
      text.replace("./_shared/common.yaml#/components/responses/TaskCreated", "./_shared/commons.yaml#/x"),
    );
    expect(spec.problems).toContainEqual({
      file: "specs/flux-2.yaml",
      pointer: "/paths/~1api~1v1~1flux_2~1text_to_image/post/responses/200/$ref",
      message: "$ref ./_shared/commons.yaml#/x does not resolve: there is no file specs/_shared/commons.yaml",
      fix: "write the path of an existing file, relative to the folder of the file that holds the $ref",
    });
  });

  it("through a value that is not a mapping says so", () => {
    const { spec } = load((text) =>
      text.replace(
        'prompt: { $ref: "#/components/schemas/Prompt" }',
        'prompt: { $ref: "#/components/schemas/Prompt/type/name" }',
      ),
    );
    expect(spec.problems).toContainEqual({
      file: "specs/flux-2.yaml",
      pointer: "/components/schemas/Flux2ProTextToImage/properties/prompt/$ref",
      message:
        "$ref #/components/schemas/Prompt/type/name does not resolve: specs/flux-2.yaml#/components/schemas/Prompt/type is not a mapping",
      fix: "point it at a mapping's entry, e.g. #/components/schemas/<Name>",
    });
  });
});

describe("a shared file that is not YAML", () => {
  it("is told once, as its own problem, not once per reference into it", () => {
    const folder = specFolder({ "flux-2.yaml": FLUX_2 });
    folders.push(folder);
    appendFileSync(join(folder.specsDir, "_shared/common.yaml"), "\nBroken: [unclosed\n");
    const spec = loadSpec(join(folder.specsDir, "flux-2.yaml"), folder.root);
    expect(spec.problems).toEqual([
      {
        file: "specs/_shared/common.yaml",
        pointer: "",
        message: expect.stringMatching(/^the file is not valid YAML: /),
        fix: "correct the YAML syntax at the line the message names",
      },
    ]);
  });
});

describe("a loaded spec", () => {
  it("has no problem when every reference resolves", () => {
    expect(load().spec.problems).toEqual([]);
  });

  it("follows references, each relative to the file that holds it", () => {
    const { spec } = load();
    const created = spec.resolve("./_shared/common.yaml#/components/schemas/TaskCreated", spec.path);
    expect(created?.file).toMatch(/specs\/_shared\/common\.yaml$/);
    expect(created?.at).toBe("/components/schemas/TaskCreated");
    // TaskCreated's own `#/...` references are read in the shared file, not in the spec.
    const inlined = spec.inline({ $ref: "./_shared/common.yaml#/components/schemas/TaskCreated" }) as {
      properties: { status: unknown };
    };
    expect(inlined.properties.status).toEqual(
      spec.deref({ $ref: "./_shared/common.yaml#/components/schemas/TaskStatus" }),
    );
    expect(JSON.stringify(inlined)).not.toContain("$ref");
  });

  it("inlines a reference back into a node it is inside of as the reference itself", () => {
    const { spec } = load((text) =>
      text.replace(
        "    Prompt:\n      type: string\n",
        '    Prompt:\n      type: string\n      items: { $ref: "#/components/schemas/Prompt" }\n',
      ),
    );
    const prompt = spec.inline({ $ref: "#/components/schemas/Prompt" }) as Record<string, unknown>;
    expect(prompt.type).toBe("string");
    expect(prompt.items).toEqual({ $ref: "#/components/schemas/Prompt" });
  });

  it("names a file that does not exist, and one that is not a mapping", () => {
    const folder = specFolder({ "list.yaml": "- a\n- b\n" });
    folders.push(folder);
    expect(loadSpec(join(folder.specsDir, "list.yaml"), folder.root).problems).toEqual([
      {
        file: "specs/list.yaml",
        pointer: "",
        message: "the file is not a YAML mapping",
        fix: "start from specs/flux-2.yaml",
      },
    ]);
    expect(loadSpec(join(folder.specsDir, "none.yaml"), folder.root).problems).toEqual([
      {
        file: "specs/none.yaml",
        pointer: "",
        message: "the file does not exist",
        fix: "name an existing spec file",
      },
    ]);
  });
});
