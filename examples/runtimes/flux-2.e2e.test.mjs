// The built @runapi.ai/flux-2, imported as ESM, against the emulator named by RUNAPI_BASE_URL.
// Run by scripts/checks/test-runtimes.ts on every supported Node version, Bun and Deno, each with its own test runner.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import RunAPI, { RunAPIError, TaskFailedError, ValidationError } from "@runapi.ai/flux-2";

const client = new RunAPI({ apiKey: process.env.RUNAPI_API_KEY, baseURL: process.env.RUNAPI_BASE_URL });
// A prompt, a source image where one is required, and the first listed value of any other required choice.
const paramsFor = (variant) => {
  const params = { model: variant.model, prompt: `A lighthouse at dawn, ${variant.model}` };
  for (const field of variant.input.required ?? []) {
    const schema = variant.input.properties?.[field];
    if (field === "source_image_urls") params[field] = ["https://example.com/a.png"];
    else if (params[field] === undefined && schema?.enum) params[field] = schema.enum[0];
  }
  return params;
};

for (const variant of client.variants) {
  test(`${variant.model}: create, get, wait and run end in a downloadable PNG, charged as estimated`, async () => {
    const params = paramsFor(variant);
    const task = await client.create(params);
    assert.equal(task.model, variant.model);
    assert.equal((await client.get(task)).id, task.id);
    const done = await client.wait(task, { minDelay: 20 });
    assert.equal(done.status, "completed");
    const png = new Uint8Array(await (await fetch(done.images[0].url)).arrayBuffer());
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    const ran = await client.run(params, { minDelay: 20 });
    // A variant without a published price runs free on the emulator; estimateCost says it is unknown.
    const estimate = client.estimateCost(params);
    assert.equal(ran.billing.settlement.charged_amount_cents, estimate.kind === "exact" ? estimate.cents : 0);
  });
}

test("an invalid request is refused with every problem and never sent", async () => {
  const error = await client.create({ model: "flux-2-pro-image-to-image", prompt: "x" }).catch((e) => e);
  assert.ok(error instanceof ValidationError);
  assert.deepEqual(
    error.issues.map((issue) => issue.message),
    ["prompt must be between 3 and 5000 characters", "source_image_urls is required"],
  );
});

test("errors from the CommonJS copy are instances of the ESM classes, and back", async () => {
  const cjs = createRequire(import.meta.url)("@runapi.ai/flux-2");
  assert.notEqual(cjs.ValidationError, ValidationError);
  const fromCjs = await new cjs.RunAPI({ apiKey: "k", baseURL: process.env.RUNAPI_BASE_URL })
    .create({ model: "flux-2-pro-text-to-image" })
    .catch((e) => e);
  assert.ok(fromCjs instanceof ValidationError);
  assert.ok(fromCjs instanceof RunAPIError);
  assert.ok(!(fromCjs instanceof TaskFailedError));
  assert.ok(new ValidationError([]) instanceof cjs.RunAPIError);
  // Both copies' classes carry their names, as loggers print them.
  assert.equal(fromCjs.constructor.name, "ValidationError");
  assert.equal(new ValidationError([]).constructor.name, "ValidationError");
});
