/**
 * The Flux 2 demo: edits an image with flux-2-flex-image-to-image, shows progress, saves the PNG.
 *
 *   pnpm demo                                  # against a local emulator, no key needed
 *   RUNAPI_API_KEY=... pnpm demo --live        # against the real API (costs a few cents)
 *   pnpm demo --out <dir>                      # where the PNG goes (default ./out)
 *
 * The source image is made first with flux-2-pro-text-to-image, so the demo needs no file of its own.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startEmulator } from "@runapi.ai/emulator";
import RunAPI, { type Flux2Params, RunAPIError } from "@runapi.ai/flux-2";

const { values } = parseArgs({
  options: { live: { type: "boolean", default: false }, out: { type: "string", default: "out" } },
});

const emulator = values.live ? undefined : await startEmulator({ port: 0, taskDurationMs: 1500 });
try {
  const client = emulator ? new RunAPI({ apiKey: emulator.apiKey, baseURL: emulator.url }) : new RunAPI();
  console.log(emulator ? `Emulator at ${emulator.url}` : `Live API at ${client.baseURL}`);
  const started = Date.now();
  const progress = (task: { status: string }, { elapsedMs }: { elapsedMs: number }) =>
    console.log(`  ${(elapsedMs / 1000).toFixed(1)} s  ${task.status}`);

  console.log("Making a source image with flux-2-pro-text-to-image…");
  const source = await client.run(
    {
      model: "flux-2-pro-text-to-image",
      prompt: "A lighthouse on a cliff at dawn, oil painting",
      aspect_ratio: "4:3",
    },
    { onProgress: progress },
  );
  const sourceUrl = source.images?.[0]?.url;
  if (!sourceUrl) throw new Error(`Task ${source.id} completed without an image.`);

  const params: Flux2Params<"flux-2-flex-image-to-image"> = {
    model: "flux-2-flex-image-to-image",
    prompt: "The same lighthouse at night, lit by lanterns, watercolor",
    source_image_urls: [sourceUrl],
    aspect_ratio: "auto",
  };
  console.log(`Editing it with ${params.model} (estimated ${client.estimateCost(params).cents}¢)…`);
  const task = await client.create(params);
  const done = await client.wait(task, { onProgress: progress });

  const url = done.images?.[0]?.url;
  if (!url) throw new Error(`Task ${done.id} completed without an image.`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Downloading ${url} answered ${response.status}.`);
  const file = join(resolve(values.out), `${done.id}.png`);
  await mkdir(resolve(values.out), { recursive: true });
  await writeFile(file, new Uint8Array(await response.arrayBuffer()));

  const charged = done.billing?.settlement?.charged_amount_cents;
  console.log(`task    ${done.id}`);
  console.log(`status  ${done.status}`);
  console.log(`price   ${charged ?? "?"}¢ charged (estimated ${client.estimateCost(params).cents}¢)`);
  console.log(`time    ${((Date.now() - started) / 1000).toFixed(1)} s for both tasks`);
  console.log(`saved   ${file}`);
} catch (error) {
  console.error(error instanceof RunAPIError ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await emulator?.close();
}
