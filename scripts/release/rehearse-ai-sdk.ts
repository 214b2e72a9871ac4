/**
 * The release rehearsal's step for `@runapi.ai/ai-sdk-provider`: the released provider installed with plain npm
 * beside the `ai` package, in an empty folder, and an app that calls `generateImage` with it against the
 * emulator — as an AI SDK app uses it, from ESM, and loadable with `require` too.
 */
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { installInEmptyFolder, PNG_SIGNATURE, type Rehearsal, releasedVersion } from "./rehearsal.ts";

const PROVIDER = "@runapi.ai/ai-sdk-provider";
const app = fileURLToPath(new URL("../fixtures/installed-ai-sdk/generate-image.mjs", import.meta.url));

/** Installs the released provider with `ai@aiVersion` and runs the app; throws on the first difference. */
export async function rehearseAiSdk(rehearsal: Rehearsal, aiVersion: string): Promise<void> {
  const { repo, registry, processes, env, emulator, step } = rehearsal;
  const version = releasedVersion(repo, PROVIDER);
  assert.deepEqual(await registry.versions(PROVIDER), [version], `${PROVIDER} versions on the registry`);
  step(`installing ${PROVIDER}@${version} and ai@${aiVersion} with npm; generateImage against the emulator`);
  const dir = await installInEmptyFolder(rehearsal, "user-ai-sdk", [
    `${PROVIDER}@${version}`,
    `ai@${aiVersion}`,
  ]);
  copyFileSync(app, join(dir, "app.mjs"));
  const output = await processes.run(process.execPath, ["app.mjs"], {
    cwd: dir,
    env: { ...env, RUNAPI_BASE_URL: emulator.url, RUNAPI_API_KEY: emulator.apiKey },
    timeoutMs: 30_000,
  });
  // Node's warnings (require() of an ES module is experimental on Node 20) share the output: the app's line is JSON.
  const line = output.split("\n").find((text) => text.startsWith("{"));
  assert.ok(line, `the app printed its result:\n${output}`);
  const result = JSON.parse(line) as {
    mediaType: string;
    signature: number[];
    taskId: string;
    chargedCents: number;
    warnings: string[];
    required: string;
  };
  assert.equal(result.mediaType, "image/png", `the image's media type:\n${output}`);
  assert.deepEqual(result.signature, PNG_SIGNATURE, "generateImage answered a real PNG");
  assert.match(result.taskId, /\S/, "providerMetadata.runapi names the task");
  assert.equal(result.chargedCents, 5, "providerMetadata.runapi carries the cents the emulator charged");
  assert.deepEqual(result.warnings, ["seed"], "a setting the variant lacks is a warning, not a silent drop");
  assert.equal(result.required, "function", "require() loads the provider too");
}
