// The built @runapi.ai/flux-2, required as CommonJS, against the emulator named by RUNAPI_BASE_URL.
const assert = require("node:assert/strict");
const { test } = require("node:test");
const { RunAPI, AuthenticationError } = require("@runapi.ai/flux-2");

test("require() returns the client class itself, with every export of the package on it", async () => {
  const Client = require("@runapi.ai/flux-2");
  // The key as the one argument; the emulator's origin comes from RUNAPI_BASE_URL.
  const client = new (require("@runapi.ai/flux-2"))(process.env.RUNAPI_API_KEY);
  assert.equal(Client, RunAPI);
  assert.equal(Client.RunAPI, Client);
  assert.equal(Client.default, Client);
  assert.ok(client instanceof Client.RunAPI);
  assert.equal(Client.name, "RunAPI");
  // What the package exports, its own and core's, reached on the class.
  assert.equal(Client.AuthenticationError, AuthenticationError);
  assert.equal(typeof Client.parseCallback, "function");
  assert.ok(Client.catalog.variants.some((variant) => variant.model === "flux-2-pro-text-to-image"));
  const refused = await client.create({ model: "flux-2-pro-image-to-image", prompt: "x" }).catch((e) => e);
  assert.ok(refused instanceof Client.ValidationError);
  assert.ok(refused instanceof Client.RunAPIError);
  assert.equal(refused.constructor.name, "ValidationError");
  const done = await client.run(
    { model: "flux-2-pro-text-to-image", prompt: "A paper-cut fox" },
    { minDelay: 20 },
  );
  assert.equal(done.status, "completed");
  assert.equal(Client.parseCallback(JSON.stringify(done)).id, done.id);
});

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
