// The built @runapi.ai/flux-2, required as CommonJS, against the emulator named by RUNAPI_BASE_URL.
const assert = require("node:assert/strict");
const { test } = require("node:test");
const { RunAPI, AuthenticationError } = require("@runapi.ai/flux-2");

test("require() gives the named client class, and it runs a task", async () => {
  const client = new RunAPI({ apiKey: process.env.RUNAPI_API_KEY, baseURL: process.env.RUNAPI_BASE_URL });
  const done = await client.run(
    { model: "flux-2-flex-text-to-image", prompt: "A paper-cut fox" },
    { minDelay: 20 },
  );
  assert.equal(done.status, "completed");
  assert.match(done.images[0].url, /^http/);
});

test("a wrong key is an AuthenticationError with the request id", async () => {
  const client = new RunAPI({ apiKey: "wrong", baseURL: process.env.RUNAPI_BASE_URL });
  const error = await client.get("task_x", { model: "flux-2-pro-text-to-image" }).catch((e) => e);
  assert.ok(error instanceof AuthenticationError);
  // Named as exported, for loggers that print an error's constructor name.
  assert.equal(error.constructor.name, "AuthenticationError");
  assert.equal(error.status, 401);
  assert.match(error.requestId, /\S/);
});
