/**
 * The TypeScript in every README and every family's SKILL.md compiles against the packages' sources: a quick
 * start, a files example, a price call or an action's call that a user copies never fails to type-check.
 * Generated files stand alone; the hand-written READMEs declare the few names their snippets take as given.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const packages = join(repo, "packages");
const families = readdirSync(packages).filter((name) => existsSync(join(repo, "specs", `${name}.yaml`)));

/**
 * One README's ```ts blocks as one module: imports first, the first block (which makes `client`) at the top
 * level, each later block in a scope of its own, as a reader runs them one after another.
 */
function readmeModule(readme: string, prelude = ""): string {
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => match[1] as string);
  const imports = new Set<string>();
  const bodies = blocks.map((block) =>
    block
      .split("\n")
      .filter((line) => !(line.startsWith("import ") && imports.add(line)))
      // A block's own exports (a web handler, a test setup, a config file) are plain declarations inside its
      // scope; a default export of a value is a constant.
      .map((line) =>
        line
          .replace(/^export (?:default )?(?=async function|function|const)/, "")
          .replace(/^export default /, "const defaultExport = "),
      )
      .join("\n"),
  );
  const [first = "", ...rest] = bodies;
  return [...imports, prelude, first, ...rest.map((body) => `{\n${body}}`), "export {};"]
    .filter(Boolean)
    .join("\n");
}

// Inside the repository's node_modules, so that what a snippet imports from a tool (vitest/config) resolves.
mkdirSync(join(repo, "node_modules", ".cache"), { recursive: true });
const work = mkdtempSync(join(repo, "node_modules", ".cache", "readme-code-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The repository's compiler options (tsconfig.base.json), which every package and the bench check with. */
const BASE_OPTIONS = ts.convertCompilerOptionsFromJson(
  ts.readConfigFile(join(repo, "tsconfig.base.json"), ts.sys.readFile).config.compilerOptions,
  repo,
).options;

/** What the snippets of a hand-written README take as given, by its path. */
const HAND_WRITTEN: Record<string, string> = {
  "README.md": "declare const signal: AbortSignal;",
  "packages/core/README.md": [
    'import type { RunAPI as Flux2 } from "@runapi.ai/flux-2";',
    "declare const client: Flux2;",
    'declare const params: Parameters<Flux2["create"]>[0];',
    'declare const task: Awaited<ReturnType<Flux2["wait"]>>;',
    "declare const blob: Blob;",
  ].join("\n"),
  "packages/emulator/README.md": "",
  "packages/ai-sdk-provider/README.md": "declare const photo: Uint8Array;",
  "packages/families/README.md": "",
};

/**
 * Type errors in the modules of `readmes` (Markdown files: path → prelude), each as "file:line: message". One
 * program for them all: loading the packages' types is most of the cost, paid once however many files.
 */
function typeErrors(readmes: Record<string, string>): string[] {
  writeFileSync(join(work, "package.json"), '{ "type": "module" }');
  const files = Object.entries(readmes).map(([path, prelude]) => {
    const file = join(work, `${path.replaceAll("/", "__")}.ts`);
    writeFileSync(file, readmeModule(readFileSync(resolve(repo, path), "utf8"), prelude));
    return file;
  });
  const paths: Record<string, string[]> = {};
  for (const name of ["core", "emulator", "families", ...families]) {
    paths[`@runapi.ai/${name}`] = [join(packages, name, "src/index.ts")];
    paths[`@runapi.ai/${name}/node`] = [join(packages, name, "src/node.ts")];
  }
  // The AI SDK provider, and the AI SDK its snippets call, installed in its own package only.
  paths["@runapi.ai/ai-sdk-provider"] = [join(packages, "ai-sdk-provider/src/index.ts")];
  paths.ai = [join(packages, "ai-sdk-provider/node_modules/ai/dist/index.d.ts")];
  const program = ts.createProgram(files, {
    ...BASE_OPTIONS,
    types: ["node"],
    typeRoots: [join(repo, "node_modules/@types")],
    paths,
  });
  return files.flatMap((file) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((diagnostic) => {
      const { line } = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0) ?? { line: 0 };
      const where = diagnostic.file ? `${diagnostic.file.fileName.replace(`${work}/`, "")}:${line + 1}` : "";
      return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
    }),
  );
}

/** The errors of every family's README and SKILL.md, from one program built on first use. */
let familyErrorList: string[] | undefined;
function familyErrors(): string[] {
  familyErrorList ??= typeErrors(
    Object.fromEntries(
      families.flatMap((name) => [
        [`packages/${name}/README.md`, ""],
        [`packages/${name}/SKILL.md`, ""],
      ]),
    ),
  );
  return familyErrorList;
}

describe("README and SKILL.md code", () => {
  it("joins a README's blocks into one module, imports first and later blocks scoped", () => {
    const readme = [
      "```ts",
      'import A from "a";',
      "const client = new A();",
      "```",
      "text",
      "```ts",
      'import { b } from "a/node";',
      "const task = await client.run(b);",
      "```",
      "```ts",
      "export default async function setup() {}",
      "```",
      "```ts",
      "export default { setup: true };",
      "```",
      "```sh",
      "npm install a",
      "```",
    ].join("\n");
    expect(readmeModule(readme)).toBe(
      [
        'import A from "a";',
        'import { b } from "a/node";',
        "const client = new A();\n",
        "{\nconst task = await client.run(b);\n}",
        "{\nasync function setup() {}\n}",
        "{\nconst defaultExport = { setup: true };\n}",
        "export {};",
      ].join("\n"),
    );
  });

  it("type-checks in every family package's README", () => {
    expect(families.length).toBeGreaterThan(30);
    expect(familyErrors().filter((error) => error.includes("__README.md.ts:"))).toEqual([]);
  }, 120_000);

  it("type-checks in every family package's SKILL.md, one call per action", () => {
    for (const name of families) {
      const skill = readFileSync(join(packages, name, "SKILL.md"), "utf8");
      expect(skill.match(/^```ts$/gm)?.length, name).toBeGreaterThan(0);
    }
    expect(familyErrors().filter((error) => error.includes("__SKILL.md.ts:"))).toEqual([]);
    // Every file was in the program: an error in any of them is reported against it.
    expect(familyErrors().every((error) => /__(README|SKILL)\.md\.ts:/.test(error))).toBe(true);
  }, 120_000);

  it("type-checks in the hand-written READMEs, given the names they take as given", () => {
    expect(typeErrors(HAND_WRITTEN)).toEqual([]);
  }, 120_000);

  it("fails on a snippet that does not compile", () => {
    const broken = join(work, "broken.md");
    writeFileSync(
      broken,
      '```ts\nimport RunAPI from "@runapi.ai/flux-2";\nnew RunAPI().create({ model: "nope" });\n```\n',
    );
    const errors = typeErrors({ [broken]: "" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/broken\.md\.ts:2: /);
    expect(errors[0]).toContain('"nope"');
  });
});
