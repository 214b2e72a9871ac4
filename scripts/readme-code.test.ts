/**
 * The TypeScript in every family package's README compiles against that package's sources: a quick start,
 * a files example or a price call that a user copies never fails to type-check.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("..", import.meta.url));
const packages = join(repo, "packages");
const families = readdirSync(packages).filter((name) => !["core", "emulator"].includes(name));

/**
 * One README's ```ts blocks as one module: imports first, the first block (which makes `client`) at the top
 * level, each later block in a scope of its own, as a reader runs them one after another.
 */
function readmeModule(readme: string): string {
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => match[1] as string);
  const imports = new Set<string>();
  const bodies = blocks.map((block) =>
    block
      .split("\n")
      .filter((line) => !(line.startsWith("import ") && imports.add(line)))
      .join("\n"),
  );
  const [first = "", ...rest] = bodies;
  return [...imports, first, ...rest.map((body) => `{\n${body}}`), "export {};"].join("\n");
}

const work = mkdtempSync(join(tmpdir(), "readme-code-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Type errors in the README modules of `names`, each as "file:line: message". */
function typeErrors(names: string[]): string[] {
  writeFileSync(join(work, "package.json"), '{ "type": "module" }');
  const files = names.map((name) => {
    const file = join(work, `${name}.ts`);
    writeFileSync(file, readmeModule(readFileSync(join(packages, name, "README.md"), "utf8")));
    return file;
  });
  const paths: Record<string, string[]> = {};
  for (const name of ["core", ...families]) {
    paths[`@runapi.ai/${name}`] = [join(packages, name, "src/index.ts")];
    paths[`@runapi.ai/${name}/node`] = [join(packages, name, "src/node.ts")];
  }
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
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

describe("README code", () => {
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
        "export {};",
      ].join("\n"),
    );
  });

  it("type-checks in every family package", () => {
    expect(families.length).toBeGreaterThan(30);
    expect(typeErrors(families)).toEqual([]);
  }, 120_000);
});
