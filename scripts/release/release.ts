/**
 * `pnpm release [--skip-tests]`: refuses unless the generated packages match specs/ and `pnpm test` passes;
 * then `changeset version` (versions and CHANGELOG.md from the pending changesets), `pnpm generate` (so the
 * generated files agree with the new versions), a build of the public packages (so they carry them) and
 * `changeset publish` (every public package whose version the registry lacks).
 * --skip-tests is for `pnpm test:release`, which runs this on a copy of the repository as one of the tests.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SpecError } from "../../packages/spec/src/index.ts";
import { generatePackages } from "../generate/generate-packages.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const { values } = parseArgs({ options: { "skip-tests": { type: "boolean" } } });
// changeset publish runs `pnpm publish`, so the workspace's pnpm must be the one found first.
const env = {
  ...process.env,
  PATH: [join(root, "node_modules", ".bin"), process.env.PATH].join(delimiter),
  TURBO_TELEMETRY_DISABLED: "1",
};

function refuse(reason: string, fix: string): never {
  console.error(`pnpm release: refusing to release: ${reason}\n  fix: ${fix}`);
  process.exit(1);
}

function run(command: string, args: string[]): number {
  console.log(`\n+ ${[command, ...args].join(" ")}`);
  const { status, error } = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (error) throw error;
  return status ?? 1;
}

function step(command: string, args: string[]) {
  const status = run(command, args);
  if (status !== 0) {
    console.error(
      `pnpm release: \`${[command, ...args].join(" ")}\` failed (exit ${status}); the release stopped there.`,
    );
    process.exit(status);
  }
}

try {
  const { changed } = await generatePackages(root, { check: true });
  if (changed.length > 0) {
    refuse(
      `the generated packages are out of date with specs/ (pnpm generate --check):\n${changed.map((file) => `    ${file}`).join("\n")}`,
      "run `pnpm generate`, commit the result, and release again",
    );
  }
} catch (error) {
  if (!(error instanceof SpecError)) throw error;
  refuse(
    `specs/ has problems:\n${error.message}`,
    "correct the specs as each problem says, then `pnpm generate`",
  );
}
console.log("pnpm release: generated packages match specs/.");

if (values["skip-tests"]) {
  console.log("pnpm release: tests skipped (--skip-tests).");
} else if (run("pnpm", ["test"]) !== 0) {
  refuse("`pnpm test` failed (its output is above)", "make `pnpm test` pass, commit, and release again");
}

step("changeset", ["version"]);
const { changed } = await generatePackages(root);
for (const file of changed) console.log(`pnpm release: regenerated ${file}`);
// Only what is published (and what it depends on) is built: private packages never reach the registry. The
// generated packages are built together, by the root's build:families (`--filter=//`).
step("turbo", [
  "run",
  "build",
  "build:families",
  "--output-logs=errors-only",
  "--filter=//",
  ...publicPackages().map((name) => `--filter=${name}...`),
]);
step("changeset", ["publish"]);

function publicPackages(): string[] {
  return readdirSync(join(root, "packages"))
    .map((dir) => join(root, "packages", dir, "package.json"))
    .filter((path) => existsSync(path))
    .map((path) => JSON.parse(readFileSync(path, "utf8")) as { name: string; private?: boolean })
    .filter((manifest) => !manifest.private)
    .map((manifest) => manifest.name);
}
