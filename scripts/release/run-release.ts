import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { parseArgs } from "node:util";
import { SpecError } from "../../packages/spec/src/index.ts";
import { generatePackages } from "../generate/generate-packages.ts";
import { type ToolOutcome, ToolOutput } from "../shared/tool-outcome.ts";

/** A step that stopped the release, with the exit status `pnpm release` ends with. */
class Stop extends Error {
  constructor(readonly status: number) {
    super(`the release stopped (exit ${status})`);
  }
}

/**
 * `pnpm release` on the repository at `root` with the command line's arguments (see release.ts). The commands
 * it runs get `env` (with the workspace's binaries first on PATH); their output is the tool's, inherited on
 * the command line and kept otherwise.
 */
export async function runRelease(
  root: string,
  args: string[],
  output = new ToolOutput(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<ToolOutcome> {
  const { values } = parseArgs({ args, options: { "skip-tests": { type: "boolean" } } });
  // changeset publish runs `pnpm publish`, so the workspace's pnpm must be the one found first.
  const commandEnv = {
    ...env,
    PATH: [join(root, "node_modules", ".bin"), env.PATH].join(delimiter),
    TURBO_TELEMETRY_DISABLED: "1",
  };

  function refuse(reason: string, fix: string): never {
    output.error(`pnpm release: refusing to release: ${reason}\n  fix: ${fix}`);
    throw new Stop(1);
  }

  function run(command: string, commandArgs: string[]): number {
    output.log(`\n+ ${[command, ...commandArgs].join(" ")}`);
    const { status, error, stdout, stderr } = spawnSync(command, commandArgs, {
      cwd: root,
      env: commandEnv,
      encoding: "utf8",
      maxBuffer: 256 << 20,
      stdio: output.echoes ? "inherit" : "pipe",
    });
    if (error) throw error;
    if (stdout) output.out(stdout);
    if (stderr) output.err(stderr);
    return status ?? 1;
  }

  function step(command: string, commandArgs: string[]) {
    const status = run(command, commandArgs);
    if (status !== 0) {
      output.error(
        `pnpm release: \`${[command, ...commandArgs].join(" ")}\` failed (exit ${status}); the release stopped there.`,
      );
      throw new Stop(status);
    }
  }

  try {
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
    output.log("pnpm release: generated packages match specs/.");

    if (values["skip-tests"]) {
      output.log("pnpm release: tests skipped (--skip-tests).");
    } else if (run("pnpm", ["test"]) !== 0) {
      refuse("`pnpm test` failed (its output is above)", "make `pnpm test` pass, commit, and release again");
    }

    step("changeset", ["version"]);
    const { changed } = await generatePackages(root);
    for (const file of changed) output.log(`pnpm release: regenerated ${file}`);
    // Only what is published (and what it depends on) is built: private packages never reach the registry.
    // The generated packages are built together, by the root's build:families (`--filter=//`).
    step("turbo", [
      "run",
      "build",
      "build:families",
      "--output-logs=errors-only",
      "--filter=//",
      ...publicPackages(root).map((name) => `--filter=${name}...`),
    ]);
    step("changeset", ["publish"]);
    return output.outcome(0, changed);
  } catch (error) {
    if (error instanceof Stop) return output.outcome(error.status);
    throw error;
  }
}

function publicPackages(root: string): string[] {
  return readdirSync(join(root, "packages"))
    .map((dir) => join(root, "packages", dir, "package.json"))
    .filter((path) => existsSync(path))
    .map((path) => JSON.parse(readFileSync(path, "utf8")) as { name: string; private?: boolean })
    .filter((manifest) => !manifest.private)
    .map((manifest) => manifest.name);
}
