/**
 * `pnpm lint:packages`: publint and arethetypeswrong on every publishable package, as packed for npm
 * (workspace: versions resolved), so what users install resolves correctly in ESM, CJS and every
 * TypeScript module mode; no main entry imports a Node built-in, not even in a chunk it loads on first use;
 * and what a main entry loads on first use stays out of what it loads up front; a package's SKILL.md is in its
 * tarball. A package made for Node and ESM only (NODE_ESM_ONLY) is checked for what it promises. Run after
 * `pnpm build`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Source modules a package's main entry imports with `import()` on first use — files and uploads, reading
 * local files, the account, live prices and logging, each a feature a user names — so that an app which only
 * creates, validates and waits never loads them (bench/: an app bundled with code splitting). They must not
 * be in dist/index.js or a chunk it imports statically, and must be found in a chunk it imports dynamically.
 */
const LOADED_ON_FIRST_USE: Record<string, readonly string[]> = {
  "@runapi.ai/core": [
    "account/account",
    "pricing/live-prices",
    "files/files",
    "files/download",
    "files/upload-file",
    "files/persistent-files",
    "files/upload-requests",
    "files/upload-in-parts",
    "files/upload-local-files",
    "files/file-input",
    "files/file-problem",
    "files/sniff-type",
    "files/data-uri",
    "files/md5",
    "http/fetch-url",
    "logging/request-logger",
  ],
};
/**
 * Packages made for Node and ESM only: the emulator, a server that an app's tests start; the command line; and the
 * MCP server, a command an MCP client starts. Node built-ins in their entries are what they are for, and
 * arethetypeswrong checks them with its `esm-only` profile, which leaves out the resolutions they do not offer
 * (CommonJS, node10); every other package gets the strict profile.
 */
const NODE_ESM_ONLY: ReadonlySet<string> = new Set([
  "@runapi.ai/emulator",
  "@runapi.ai/cli",
  "@runapi.ai/mcp",
]);
/** The resolutions each arethetypeswrong profile leaves out, as the attw command's `--profile` does. */
const ATTW_PROFILES = { strict: [], "esm-only": ["node10", "node16-cjs"] } as const;

const bin = (name: string) => join(root, "node_modules", ".bin", name);
const packed = mkdtempSync(join(tmpdir(), "runapi-pack-"));
let failures = 0;

try {
  const packages: { name: string; dir: string }[] = [];
  for (const name of readdirSync(join(root, "packages")).sort()) {
    const dir = join(root, "packages", name);
    const manifestPath = join(dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { name: string; private?: boolean };
    if (manifest.private) continue;
    if (!existsSync(join(dir, "dist"))) {
      console.error(`${manifest.name}: no dist/ — run \`pnpm build\` first`);
      failures++;
      continue;
    }
    // The main entry must run on edge workers and in browsers, but for a package made for Node.
    if (!NODE_ESM_ONLY.has(manifest.name)) failures += checkNoNodeBuiltins(manifest.name, dir);
    failures += checkLoadedOnFirstUse(manifest.name, dir);
    packages.push({ name: manifest.name, dir });
  }
  const tarballs = pack(packages.map(({ name }) => name));
  const attw = await arethetypeswrong();
  for (const { name, dir } of packages) {
    const tarball = tarballs.get(name) as string;
    // A package's SKILL.md (every family's, generated) is published with it, where coding tools look for it.
    if (existsSync(join(dir, "SKILL.md"))) {
      const contents = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
      report(
        name,
        "SKILL.md check",
        contents.includes("package/SKILL.md")
          ? []
          : ["SKILL.md is not in the tarball: list it in package.json's files"],
      );
    }
    const data = new Uint8Array(readFileSync(tarball));
    // --strict: a warning fails too.
    const { messages, pkg } = await publint({ pack: { tarball: data.slice().buffer }, strict: true });
    const errors = messages.filter((message) => message.type === "error");
    report(
      name,
      "publint",
      errors.map((message) => formatMessage(message, pkg) ?? message.code),
    );
    const analysis = await attw.checkPackage(attw.createPackageFromTarballData(data));
    // Every problem of a typed package fails, but in a resolution its profile leaves out.
    const profile = NODE_ESM_ONLY.has(name) ? "esm-only" : "strict";
    const ignored: readonly string[] = ATTW_PROFILES[profile];
    const problems = (analysis.types ? analysis.problems : []).filter(
      (problem) => !("resolutionKind" in problem && ignored.includes(problem.resolutionKind as string)),
    );
    report(
      name,
      `attw (${profile} profile)`,
      problems.map((problem) => JSON.stringify(problem)),
      `npx attw --pack packages/${dir.split(/[/\\]/).pop()} --profile ${profile} shows them as a table`,
    );
  }
} finally {
  rmSync(packed, { recursive: true, force: true });
}
process.exitCode = failures > 0 ? 1 : 0;

/** Every package as npm receives it (workspace: versions resolved), from one pnpm: its tarball by name. */
function pack(names: readonly string[]): Map<string, string> {
  const filters = names.flatMap((name) => ["--filter", name]);
  const output = execFileSync(
    bin("pnpm"),
    ["--recursive", ...filters, "pack", "--pack-destination", packed, "--json"],
    { cwd: root, encoding: "utf8" },
  );
  const parsed = JSON.parse(output) as
    | { name: string; filename: string }
    | { name: string; filename: string }[];
  return new Map((Array.isArray(parsed) ? parsed : [parsed]).map((entry) => [entry.name, entry.filename]));
}

/**
 * arethetypeswrong's checker, the one its command runs, loaded once (with TypeScript) for every package:
 * resolved from the command's own package, whose dependency it is.
 */
async function arethetypeswrong(): Promise<{
  createPackageFromTarballData(data: Uint8Array): unknown;
  checkPackage(pkg: unknown): Promise<{ types: unknown; problems: object[] }>;
}> {
  const fromCommand = createRequire(
    createRequire(import.meta.url).resolve("@arethetypeswrong/cli/package.json"),
  );
  return import(pathToFileURL(fromCommand.resolve("@arethetypeswrong/core")).href);
}

/** One tool's verdict on one package: clean, or its problems (one failure). */
function report(name: string, tool: string, problems: string[], hint?: string) {
  if (problems.length === 0) {
    console.log(`${name}: ${tool} clean`);
    return;
  }
  console.error(`${name}: ${tool} found problems${hint ? ` (${hint})` : ""}\n${problems.join("\n")}`);
  failures++;
}

/**
 * A built entry and every file of dist/ it imports, directly or not: `static` follows import and export
 * statements (what loads with the entry), `dynamic` also `import()` (what it may load later).
 */
function withChunks(
  dir: string,
  entry: string,
  follow: "static" | "dynamic",
  seen = new Set<string>(),
): string[] {
  if (seen.has(entry) || !existsSync(join(dir, entry))) return [];
  seen.add(entry);
  const code = readFileSync(join(dir, entry), "utf8");
  const edge =
    follow === "static"
      ? /(?:\bfrom\s*|\bimport\s*|require\(\s*)["']\.\/([\w.-]+)["']/g
      : /(?:\bfrom\s*|\bimport\s*\(?\s*|require\(\s*)["']\.\/([\w.-]+)["']/g;
  for (const [, file] of code.matchAll(edge)) {
    withChunks(dir, join(dirname(entry), file as string), follow, seen);
  }
  return [...seen];
}

/**
 * No Node built-in imported by the main entry (ESM and CJS): the number of problems found, each printed. Code
 * split into shared chunks (by a second entry such as `/node`) is part of the main entry too, and so are the
 * chunks it imports on first use.
 */
function checkNoNodeBuiltins(name: string, dir: string): number {
  let problems = 0;
  for (const entry of ["dist/index.js", "dist/index.cjs"].flatMap((main) => [
    ...withChunks(dir, main, "static"),
    ...withChunks(dir, main, "dynamic"),
  ])) {
    const code = readFileSync(join(dir, entry), "utf8");
    const builtin = /(?:from\s*|import\s*\(\s*|require\(\s*)["'](node:[\w/]+)["']/.exec(code)?.[1];
    if (builtin) {
      console.error(`${name}: ${entry} imports ${builtin}; keep Node-only code out of the main entry`);
      problems++;
    }
  }
  return problems;
}

/** The source modules bundled into built files, from the `// src/<module>.ts` line tsup puts before each. */
function sourceModules(dir: string, files: readonly string[]): Map<string, string> {
  const modules = new Map<string, string>();
  for (const file of files) {
    const code = readFileSync(join(dir, file), "utf8");
    for (const [, module] of code.matchAll(/^\/\/ src\/([\w/.-]+)\.ts$/gm))
      modules.set(module as string, file);
  }
  return modules;
}

/** LOADED_ON_FIRST_USE for one package: the number of problems found, each printed. */
function checkLoadedOnFirstUse(name: string, dir: string): number {
  const lazy = LOADED_ON_FIRST_USE[name];
  if (!lazy) return 0;
  const upFront = sourceModules(dir, withChunks(dir, "dist/index.js", "static"));
  const later = sourceModules(dir, withChunks(dir, "dist/index.js", "dynamic"));
  let problems = 0;
  for (const module of lazy) {
    const file = upFront.get(module);
    if (file || !later.has(module)) {
      console.error(
        file
          ? `${name}: src/${module}.ts is in ${file}, which dist/index.js loads up front; it is meant to be ` +
              "loaded on first use: reach it only through import() and keep what the main entry needs out of it"
          : `${name}: src/${module}.ts is not found in any chunk dist/index.js imports; update ` +
              "LOADED_ON_FIRST_USE in scripts/checks/lint-packages.ts if it was renamed or removed",
      );
      problems++;
    }
  }
  if (problems === 0) console.log(`${name}: ${lazy.length} modules loaded on first use, none up front`);
  return problems;
}
