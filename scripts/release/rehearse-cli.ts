import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { installInEmptyFolder, PNG_SIGNATURE, type Rehearsal, releasedVersion } from "./rehearsal.ts";

const CLI = "@runapi.ai/cli";
const FAMILIES = "@runapi.ai/families";
const MODEL = "flux-2-pro-text-to-image";

/**
 * As a user of the command line: @runapi.ai/cli, as released, installed with plain npm in an empty folder; its
 * `runapi` bin creates a Flux 2 task against the emulator, waits for it and downloads a real PNG into a folder.
 */
export async function rehearseCli(rehearsal: Rehearsal) {
  const { repo, registry, processes, env, emulator, step } = rehearsal;
  const version = releasedVersion(repo, CLI);
  assert.deepEqual(await registry.versions(CLI), [version], `${CLI} versions on the registry`);
  step(
    `installing ${CLI}@${version} with npm in an empty folder; runapi creates a Flux 2 task on the emulator`,
  );
  const dir = await installInEmptyFolder(rehearsal, "user-cli", [`${CLI}@${version}`]);
  const out = join(dir, "out");
  const output = await processes.run(
    join(dir, "node_modules", ".bin", "runapi"),
    ["flux-2", "text-to-image", "--model", MODEL, "--prompt", "a red fox in snow", "--wait", "--out", out],
    {
      cwd: dir,
      env: { ...env, RUNAPI_BASE_URL: emulator.url, RUNAPI_API_KEY: emulator.apiKey },
      timeoutMs: 30_000,
    },
  );
  // Progress lines (stderr) and the result (stdout) come interleaved: the task's id and status, then the file.
  const lines = output.trim().split("\n");
  const at = lines.findIndex((line) => /^[\w-]+ completed$/.test(line));
  assert.ok(at >= 0, `runapi printed the completed task:\n${output}`);
  const id = (lines[at] as string).split(" ")[0];
  const file = join(out, `${id}-1.png`);
  assert.equal(lines[at + 1], file, `runapi printed the file it wrote:\n${output}`);
  assert.deepEqual([...readFileSync(file).subarray(0, 8)], PNG_SIGNATURE, "the file runapi wrote is a PNG");
}

/**
 * After a price change: the same @runapi.ai/cli, not released again, installed afresh in an empty folder, gets
 * the families package released with the new help (a version in the range the command line asks for), so
 * `runapi models flux-2` shows the changed price of `model`'s 2k output.
 */
export async function rehearseCliPriceChange(rehearsal: Rehearsal, model: string, cents: number) {
  const { repo, registry, step } = rehearsal;
  const version = releasedVersion(repo, CLI);
  const families = releasedVersion(repo, FAMILIES);
  assert.deepEqual(await registry.versions(CLI), [version], `${CLI} is not released again`);
  assert.equal((await registry.versions(FAMILIES)).length, 2, `${FAMILIES} is released again`);
  step(
    `installing ${CLI}@${version} afresh: it gets ${FAMILIES}@${families}, and runapi models the new price`,
  );
  const dir = await installInEmptyFolder(rehearsal, "user-cli-second", [`${CLI}@${version}`]);
  const installed = JSON.parse(readFileSync(join(dir, "node_modules", FAMILIES, "package.json"), "utf8")) as {
    version: string;
  };
  assert.equal(installed.version, families, `the ${FAMILIES} npm installed for ${CLI}`);
  const output = await rehearsal.processes.run(
    join(dir, "node_modules", ".bin", "runapi"),
    ["models", "flux-2"],
    {
      cwd: dir,
      env: rehearsal.env,
      timeoutMs: 30_000,
    },
  );
  assert.match(
    output,
    new RegExp(`^flux-2 +${model} +image_to_image +.*${cents}¢ \\(output_resolution 2k\\)`, "m"),
    `runapi models flux-2 after the price change:\n${output}`,
  );
}
