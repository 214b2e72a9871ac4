import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import {
  type FamilyModel,
  type LoadedSpec,
  readFamily,
  readSpecFolder,
  SpecCrash,
  SpecError,
  type SpecProblem,
} from "../../packages/spec/src/index.ts";
import { generatedPackageDirs } from "../shared/generated-packages.ts";
import { generatedNotice } from "../shared/header.ts";
import { generateSchema } from "./generate-schema.ts";
import { FAMILIES_PACKAGE, isFamiliesGenerated, renderFamiliesFiles } from "./render-families-package.ts";
import { renderNodeEntry, renderNodeStub, renderPackageJson, renderTsconfig } from "./render-package.ts";
import { PROVIDER_PACKAGE, renderProviderFiles } from "./render-provider-models.ts";
import { renderReadme } from "./render-readme.ts";
import { renderSkill } from "./render-skill.ts";
import { renderTypeTest } from "./render-type-test.ts";
import { renderIndex, renderVariants } from "./render-variants.ts";

export interface GenerateResult {
  /** Repository-relative paths of every generated file. */
  files: string[];
  /**
   * The files whose content on disk differs from what the specs give, `removed` among them (all of them were
   * rewritten or deleted unless `check`).
   */
  changed: string[];
  /** Files generation once wrote and writes no more (they carry its notice): deleted unless `check`. */
  removed: string[];
}

/**
 * Reads and lints every spec in `<root>/specs`, renders every family package in memory, then writes
 * (or, with `check`, only compares). A single problem in any spec throws a SpecError before anything is written.
 */
export async function generatePackages(
  root: string,
  options: { check?: boolean } = {},
): Promise<GenerateResult> {
  const specsDir = join(root, "specs");
  const specFiles = readdirSync(specsDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(specsDir, name));
  // Every spec, and every file under specs/_shared/ whether a spec uses it or not; a problem of a shared file is
  // told once, as that file's.
  const read = readSpecFolder(specsDir, root, (spec) => attributed(root, spec.path, () => readFamily(spec)));
  const problems: SpecProblem[] = [...read.problems];
  const families = read.families.map(({ spec, family }) => ({ family, path: spec.path, spec }));
  if (specFiles.length === 0) {
    problems.push({ file: "specs", pointer: "", message: "no spec found", fix: "add specs/<family>.yaml" });
  }
  problems.push(
    ...orphanPackages(root, new Set(specFiles.map((path) => basename(path).replace(/\.ya?ml$/, "")))),
  );
  if (problems.length > 0) throw new SpecError(problems);

  const outputs = new Map<string, string>();
  for (const { family, path, spec } of families) {
    for (const [file, content] of await attributed(root, path, () => renderFamily(root, family, spec))) {
      outputs.set(join("packages", family.family, file), content);
    }
  }
  const familiesManifest = readOrUndefined(join(root, "packages", FAMILIES_PACKAGE, "package.json"));
  if (familiesManifest !== undefined) {
    for (const [file, content] of renderFamiliesFiles(families, familiesManifest)) {
      outputs.set(join("packages", FAMILIES_PACKAGE, file), content);
    }
  }
  if (existsSync(join(root, "packages", PROVIDER_PACKAGE, "package.json"))) {
    for (const [file, content] of renderProviderFiles(families.map(({ family }) => family))) {
      outputs.set(join("packages", PROVIDER_PACKAGE, file), content);
    }
  }
  problems.push(...strayGeneratedFiles(root, families, outputs));
  if (problems.length > 0) throw new SpecError(problems);
  const changed = [...outputs]
    .filter(([file, content]) => readOrUndefined(join(root, file)) !== content)
    .map(([file]) => file);
  const removed = [
    ...families.flatMap(({ family }) => staleGeneratedFiles(root, family, outputs)),
    ...staleFamiliesFiles(root, outputs),
  ];
  if (!options.check) {
    for (const file of changed) writeAtomically(join(root, file), outputs.get(file) as string);
    for (const file of removed) rmSync(join(root, file));
  }
  return { files: [...outputs.keys()], changed: [...changed, ...removed], removed };
}

/** `work` on the spec at `path`, an unforeseen error in it turned into a SpecCrash naming the spec. */
function attributed<T>(root: string, path: string, work: () => T): T {
  const crash = (error: unknown) => {
    throw error instanceof SpecError ? error : new SpecCrash(relative(root, path), error);
  };
  try {
    const result = work();
    return result instanceof Promise ? (result.catch(crash) as T) : result;
  } catch (error) {
    return crash(error);
  }
}

/** Packages generated from a spec that is gone: they would still build, be tested and be released. */
function orphanPackages(root: string, families: Set<string>): SpecProblem[] {
  return generatedPackageDirs(root)
    .filter((name) => !families.has(name))
    .map((name) => ({
      file: `packages/${name}`,
      pointer: "",
      message: `the package was generated from specs/${name}.yaml, which no longer exists`,
      fix: `restore the spec, or delete packages/${name} and its pending .changeset/spec-${name}-*.md (then run pnpm install)`,
    }));
}

/** Files in a package's src/generated/ that generation does not write: hand-written, or left from a rename. */
function strayGeneratedFiles(
  root: string,
  families: { family: FamilyModel }[],
  outputs: Map<string, string>,
): SpecProblem[] {
  return families.flatMap(({ family }) => {
    const dir = join("packages", family.family, "src", "generated");
    if (!existsSync(join(root, dir))) return [];
    return readdirSync(join(root, dir))
      .map((name) => join(dir, name))
      .filter((file) => !outputs.has(file))
      .map((file) => ({
        file,
        pointer: "",
        message: "generation does not write this file, yet it sits among the generated ones",
        fix: "delete it; generated code comes from the spec and the generator in scripts/ only",
      }));
  });
}

/**
 * Files of a family's package that carry generation's notice but that generation no longer writes (a kind of
 * file it stopped writing, such as the runtime test suites the conformance suite replaced): left on disk, they
 * would still be built, tested or published.
 */
function staleGeneratedFiles(root: string, family: FamilyModel, outputs: Map<string, string>): string[] {
  const notice = generatedNotice(family);
  const stale: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(join(root, dir))) return;
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory() && !["node_modules", "dist"].includes(entry.name)) walk(file);
      if (!entry.isFile() || outputs.has(file)) continue;
      const head = (readOrUndefined(join(root, file)) ?? "").split("\n", 2).join("\n");
      if (head.includes(notice)) stale.push(file);
    }
  };
  walk(join("packages", family.family));
  return stale;
}

/** Files the families package's src/generated/ holds from a family whose spec is gone. */
function staleFamiliesFiles(root: string, outputs: Map<string, string>): string[] {
  const dir = join("packages", FAMILIES_PACKAGE, "src", "generated");
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .map((name) => join(dir, name))
    .filter((file) => file.endsWith(".ts") && !outputs.has(file))
    .filter((file) => isFamiliesGenerated(readOrUndefined(join(root, file)) ?? ""));
}

async function renderFamily(
  root: string,
  family: FamilyModel,
  spec: LoadedSpec,
): Promise<[string, string][]> {
  const packageJsonPath = join(root, "packages", family.family, "package.json");
  const existing = readOrUndefined(packageJsonPath);
  const version = existing ? (JSON.parse(existing) as { version?: string }).version : undefined;
  return [
    ["package.json", renderPackageJson(family, version)],
    ["README.md", renderReadme(family)],
    ["SKILL.md", renderSkill(family, spec)],
    ["tsconfig.json", renderTsconfig(family)],
    ["src/index.ts", renderIndex(family)],
    ["src/node.ts", renderNodeEntry(family)],
    ["node/package.json", renderNodeStub(family)],
    ["src/generated/schema.ts", await generateSchema(family, spec.path)],
    ["src/generated/variants.ts", renderVariants(family)],
    ["test/types.test-d.ts", renderTypeTest(family)],
  ];
}

function readOrUndefined(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

/** Write to a sibling temporary file, then rename: a reader never sees half a file. */
function writeAtomically(path: string, content: string) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}
