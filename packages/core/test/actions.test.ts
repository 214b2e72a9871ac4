import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionClient, type Catalog, RunAPIClient, ValidationError } from "../src/index.js";
import { type Emulator, startFixtureEmulator } from "./emulator-client.js";

// A family whose model id `m-shared` serves two actions, with an action that takes no model and a sync one.
const string = { type: "string" } as const;
const catalog: Catalog = {
  family: "toy-suite",
  variants: [
    ["text_to_music", "m-shared", "async", { prompt: string }, ["model", "prompt"]],
    ["text_to_music", "m-only", "async", { prompt: string }, ["model", "prompt"]],
    ["extend_music", "m-shared", "async", { seconds: { type: "integer" } }, ["model", "seconds"]],
    ["generate_lyrics", undefined, "async", { prompt: string }, ["prompt"]],
    ["boost_style", undefined, "sync", { description: string }, ["description"]],
  ].map(([action, model, task, properties, required]) => ({
    action: action as string,
    ...(model === undefined ? {} : { model: model as string }),
    method: "POST" as const,
    path: `/api/v1/toy_suite/${action}`,
    status: "active" as const,
    task: task as "async" | "sync",
    price: { unit: "call" as const, cents: action === "generate_lyrics" ? 2 : 1 },
    input: {
      type: "object" as const,
      additionalProperties: false,
      required: required as string[],
      properties: {
        ...(model === undefined ? {} : { model: { type: "string" as const, const: model } }),
        ...(properties as object),
      },
    },
  })),
};

type Task = { id: string; status: string; model?: string; action?: string; texts?: { text: string }[] };
type Shape = { params: object; created: Task; task: Task };
type Toy = RunAPIClient<Record<string, Shape>> & {
  textToMusic: ActionClient<Shape>;
  extendMusic: ActionClient<Shape>;
  generateLyrics: ActionClient<Shape>;
  boostStyle: ActionClient<Shape>;
};

const family = {
  catalog,
  modality: "audio",
  examples: {
    text_to_music: {
      "m-shared": { model: "m-shared", prompt: "a sea shanty" },
      "m-only": { model: "m-only", prompt: "a waltz" },
    },
    extend_music: { "m-shared": { model: "m-shared", seconds: 10 } },
    generate_lyrics: { generate_lyrics: { prompt: "love" } },
    boost_style: { boost_style: { description: "dreamy synth pop" } },
  },
  outputs: { generate_lyrics: "text", boost_style: "text" },
} as const;

let emulator: Emulator;
let client: Toy;
beforeAll(async () => {
  emulator = await startFixtureEmulator([family], { taskDurationMs: 30 });
  client = new RunAPIClient({ apiKey: emulator.apiKey, baseURL: emulator.url }, catalog) as Toy;
});
afterAll(() => emulator.close());

describe("actions of a family", () => {
  it("are reached as camelCase properties, each with its own variants, and stay out of JSON", () => {
    expect(client.textToMusic.variants.map((v) => v.model)).toEqual(["m-shared", "m-only"]);
    expect(client.generateLyrics.variants).toHaveLength(1);
    expect(Object.keys(client)).toEqual([]);
    expect(JSON.stringify(client)).not.toContain("textToMusic");
  });

  it("route a model id that several actions share by the action called", async () => {
    const music = await client.textToMusic.run(
      { model: "m-shared", prompt: "a sea shanty" },
      { minDelay: 10 },
    );
    const extended = await client.extendMusic.run({ model: "m-shared", seconds: 10 }, { minDelay: 10 });
    expect(music).toMatchObject({ status: "completed", model: "m-shared", action: "text_to_music" });
    expect(extended).toMatchObject({ status: "completed", model: "m-shared", action: "extend_music" });
    const created = emulator.requests
      .filter((r) => r.method === "POST" && !r.path.includes("price"))
      .map((r) => r.path);
    expect(created).toEqual(["/api/v1/toy_suite/text_to_music", "/api/v1/toy_suite/extend_music"]);
    // The task remembers its action, so the client's own get/wait find it again.
    const again = (await client.get(music as never)) as Task;
    expect(again.action).toBe("text_to_music");
  });

  it("refuse the ambiguous model at the client's top level, naming the actions, before sending", async () => {
    const before = emulator.requests.length;
    const error = await client.create({ model: "m-shared", prompt: "x" } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(
      "model m-shared belongs to several actions: call it through one of client.textToMusic, client.extendMusic",
    );
    // A model id of one action only still works from the top.
    const only = await client.run({ model: "m-only", prompt: "a waltz" } as never, { minDelay: 10 });
    expect(only).toMatchObject({ status: "completed", model: "m-only" });
    expect(only).not.toHaveProperty("action");
    const posts = emulator.requests.slice(before).filter((r) => r.method === "POST");
    expect(posts.map((r) => r.body)).toEqual([{ model: "m-only", prompt: "a waltz" }]);
  });

  it("keep the model the answer names when a task is read by id alone through its action", async () => {
    const task = await client.textToMusic.create({ model: "m-only", prompt: "a jig" });
    // m-shared is the action's first variant: it picks the path, never the task's model.
    const read = (await client.textToMusic.get(task.id)) as Task;
    expect(read).toMatchObject({ id: task.id, model: "m-only" });
    const done = (await client.textToMusic.wait(task.id, { minDelay: 10 })) as Task;
    expect(done).toMatchObject({ status: "completed", model: "m-only" });
  });

  it("list only the model ids there are, and ask for a model rather than naming `undefined`", async () => {
    const wrong = await client.create({ model: "nope", prompt: "x" } as never).catch((e: unknown) => e);
    expect((wrong as Error).message).toBe("model must be one of: m-only, m-shared");
    const missing = await client.wait("task_1" as never).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as Error).message).toBe(
      "model is required to read a task by its id: pass the task create() answered, or the id with { model }, " +
        "one of: m-only, m-shared; a task of an action without a model is read through client.generateLyrics",
    );
  });

  it("never send a create that leaves model out to an action without one, even when it is the only one", async () => {
    const before = emulator.requests.length;
    const oneWithout = new RunAPIClient(
      { apiKey: emulator.apiKey, baseURL: emulator.url },
      { ...catalog, variants: catalog.variants.filter((variant) => variant.action !== "boost_style") },
    );
    const asks =
      "model must be one of: m-only, m-shared; or call an action that takes none through client.generateLyrics";
    await expect(oneWithout.create({ prompt: "love" } as never)).rejects.toThrow(asks);
    expect(() => oneWithout.estimateCost({ prompt: "love" } as never)).toThrow(asks);
    await expect(client.create({ prompt: "love" } as never)).rejects.toThrow(
      "model must be one of: m-only, m-shared; or call an action that takes none through client.generateLyrics, client.boostStyle",
    );
    expect(emulator.requests.length).toBe(before);
  });

  it("validate an action's parameters against that action's variants only", async () => {
    const before = emulator.requests.length;
    const error = await client.extendMusic.create({ model: "m-only", seconds: 1 }).catch((e: unknown) => e);
    expect((error as Error).message).toBe("model must be one of: m-shared");
    const missing = await client.extendMusic.create({ model: "m-shared" }).catch((e: unknown) => e);
    expect((missing as Error).message).toBe("seconds is required");
    expect(emulator.requests.length).toBe(before);
  });

  it("run an action that takes no model, with no model in the body, and price it", async () => {
    expect(client.generateLyrics.estimateCost({ prompt: "love" })).toMatchObject({ kind: "exact", cents: 2 });
    const quote = await client.generateLyrics.quote({ prompt: "love" });
    expect(quote.reservation_amount_cents).toBe(2);
    const done = await client.generateLyrics.run({ prompt: "love" }, { minDelay: 10 });
    expect(done).toMatchObject({ status: "completed", action: "generate_lyrics" });
    expect(done).not.toHaveProperty("model");
    expect(done.texts?.[0]?.text).toEqual(expect.any(String));
    const sent = emulator.requests.filter((r) => r.path === "/api/v1/toy_suite/generate_lyrics").at(-1);
    expect(sent?.body).toEqual({ prompt: "love" });
    // A model the action does not take is the SDK's strict check; the API, and the emulator, take the request.
    const wrong = await client.generateLyrics
      .create({ prompt: "x", model: "m-only" })
      .catch((e: unknown) => e);
    expect((wrong as Error).message).toBe("model is not allowed");
    const loose = await client.generateLyrics.create({ prompt: "x", model: "m-only" }, { strict: false });
    expect(loose).toMatchObject({ id: expect.any(String) });
    const sentLoose = emulator.requests.filter((r) => r.path === "/api/v1/toy_suite/generate_lyrics").at(-1);
    expect(sentLoose?.body).toEqual({ prompt: "x", model: "m-only" });
    // Resuming by id alone: the action knows where its tasks live.
    const read = await client.generateLyrics.wait(done.id, { minDelay: 10 });
    expect(read.id).toBe(done.id);
  });

  it("answer a synchronous action's result from create, and run makes no further request", async () => {
    const before = emulator.requests.length;
    const result = await client.boostStyle.create({ description: "dreamy synth pop" });
    expect(result).toMatchObject({ status: "completed", action: "boost_style" });
    expect(result.texts?.[0]?.text).toEqual(expect.any(String));
    const ran = await client.boostStyle.run({ description: "dreamy synth pop" });
    expect(ran.status).toBe("completed");
    expect(emulator.requests.length).toBe(before + 2);
    // Nothing to read later: get says so rather than asking for a path the API does not have.
    const read = await client.boostStyle.get(result).catch((e: unknown) => e);
    expect(read).toBeInstanceOf(ValidationError);
    expect((read as Error).message).toBe(
      "boost_style answers its result from create at once: there is no task to read, use what create returned",
    );
    expect(emulator.requests.length).toBe(before + 2);
    // Waiting on the result itself answers it as it is; on its id alone (a create answered 202 and left off),
    // it is read where the API keeps every task, /api/v1/tasks/{id}.
    expect(await client.boostStyle.wait(result)).toEqual(result);
    expect(emulator.requests.length).toBe(before + 2);
    const waited = await client.boostStyle.wait(result.id, { minDelay: 1 });
    expect(waited).toMatchObject({ id: result.id, status: "completed" });
    expect(emulator.requests.slice(before + 2).map((request) => request.path)).toEqual([
      `/api/v1/tasks/${result.id}`,
    ]);
  });
});
