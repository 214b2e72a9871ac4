/**
 * The Flux 2 demo: edits a local image with flux-2-flex-image-to-image, shows progress, saves the PNG.
 *
 *   pnpm demo                                  # against a local emulator, no key needed
 *   RUNAPI_API_KEY=... pnpm demo --live        # against the real API (costs a few cents)
 *   pnpm demo --out <dir>                      # where the PNG goes (default ./out)
 *   pnpm demo --source <file>                  # the image to edit (default examples/assets/lighthouse.png)
 *
 * The source image is a file on disk: the client uploads it (an MD5-checked direct upload) and sends its URL.
 */
import { isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startEmulator } from "@runapi.ai/emulator";
import RunAPI, { type Flux2Params, RunAPIError } from "@runapi.ai/flux-2";
import { downloadToPath, fileFromPath } from "@runapi.ai/flux-2/node";

const { values } = parseArgs({
  options: {
    live: { type: "boolean", default: false },
    out: { type: "string", default: "out" },
    source: { type: "string", default: fileURLToPath(new URL("./assets/lighthouse.png", import.meta.url)) },
  },
});

/** A path as the user would type it from here: relative when it is below the current folder. */
function shown(path: string): string {
  const from = relative(process.cwd(), path);
  return from.startsWith("..") || isAbsolute(from) ? path : from;
}

// Tasks take 3 s, so the wait reads the task while it is still processing (the first read comes after 2 s).
const emulator = values.live ? undefined : await startEmulator({ port: 0, taskDurationMs: 3000 });
try {
  const client = emulator ? new RunAPI({ apiKey: emulator.apiKey, baseURL: emulator.url }) : new RunAPI();
  if (emulator) {
    console.log(
      `Running on a local RunAPI emulator at ${emulator.url}, not the real API: no key needed, prices`,
    );
    console.log("are paid in play money, and the image that comes back is a placeholder the emulator draws.");
    console.log("(With RUNAPI_API_KEY set, `pnpm demo --live` runs it on the real API.)");
  } else {
    console.log(`Running on the real RunAPI API at ${client.baseURL}: the task is charged to your account.`);
  }
  console.log();
  const started = Date.now();

  const source = await fileFromPath(values.source);
  const params: Flux2Params<"flux-2-flex-image-to-image"> = {
    model: "flux-2-flex-image-to-image",
    prompt: "The same lighthouse at night, lit by lanterns, watercolor",
    source_image_urls: [source],
    aspect_ratio: "auto",
  };
  const estimate = client.estimateCost(params).cents;
  console.log(`source   ${shown(values.source)} (${source.size} bytes, ${source.type})`);
  console.log(`model    ${params.model}, estimated ${estimate}¢`);
  // The local file is uploaded first; the task is created with its URL, then read until it ends.
  const done = await client.run(params, {
    onProgress: (task, { elapsedMs, polls }) =>
      console.log(`waiting  ${(elapsedMs / 1000).toFixed(1)} s, ${task.status} (read ${polls})`),
  });

  const image = done.images?.[0];
  if (!image) throw new Error(`Task ${done.id} completed without an image.`);
  const file = await downloadToPath(image, join(resolve(values.out), `${done.id}.png`));

  const charged = done.billing?.settlement?.charged_amount_cents;
  console.log(`task     ${done.id}`);
  console.log(`status   ${done.status}`);
  console.log(`charged  ${charged ?? "?"}¢${emulator ? " of play money" : ""} (estimated ${estimate}¢)`);
  console.log(`time     ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `saved    ${shown(file)}${emulator ? " (the emulator's placeholder, not a Flux 2 render)" : ""}`,
  );
} catch (error) {
  console.error(error instanceof RunAPIError ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await emulator?.close();
}
