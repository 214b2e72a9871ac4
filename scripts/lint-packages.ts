/**
 * `pnpm lint:packages`: publint and arethetypeswrong on every publishable package, as packed for npm
 * (workspace: versions resolved), so what users install resolves correctly in ESM, CJS and every
 * TypeScript module mode; and no main entry imports a Node built-in. Run after `pnpm build`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const packed = mkdtempSync(join(tmpdir(), "runapi-pack-"));
let failures = 0;

try {
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
    // The main entry must run on edge workers and in browsers: no Node built-in may be imported there.
    // Code split into shared chunks (by a second entry such as `/node`) is part of the main entry too.
    for (const entry of ["dist/index.js", "dist/index.cjs"].flatMap((main) => withChunks(dir, main))) {
      const code = readFileSync(join(dir, entry), "utf8");
      const builtin = /(?:from\s*|import\s*\(\s*|require\(\s*)["'](node:[\w/]+)["']/.exec(code)?.[1];
      if (builtin) {
        console.error(
          `${manifest.name}: ${entry} imports ${builtin}; keep Node-only code out of the main entry`,
        );
        failures++;
      }
    }
    const output = execFileSync(bin("pnpm"), ["pack", "--pack-destination", packed], {
      cwd: dir,
      encoding: "utf8",
    });
    const tarball = output.trim().split("\n").pop() as string;
    for (const [tool, args] of [
      ["publint", ["--strict", tarball]],
      ["attw", ["--format", "table-flipped", tarball]],
    ] as const) {
      try {
        execFileSync(bin(tool), args, { cwd: dir, encoding: "utf8", stdio: "pipe" });
        console.log(`${manifest.name}: ${tool} clean`);
      } catch (error) {
        const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
        console.error(`${manifest.name}: ${tool} found problems\n${stdout}${stderr}`);
        failures++;
      }
    }
  }
} finally {
  rmSync(packed, { recursive: true, force: true });
}
process.exitCode = failures > 0 ? 1 : 0;

/** A built entry and every file of dist/ it imports, directly or not. */
function withChunks(dir: string, entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry) || !existsSync(join(dir, entry))) return [];
  seen.add(entry);
  const code = readFileSync(join(dir, entry), "utf8");
  for (const [, file] of code.matchAll(/(?:from\s*|import\s*\(?\s*|require\(\s*)["']\.\/([\w.-]+)["']/g)) {
    withChunks(dir, join(dirname(entry), file as string), seen);
  }
  return [...seen];
}
