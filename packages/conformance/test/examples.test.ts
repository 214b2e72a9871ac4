/**
 * Every variant's example, through its family's client against the emulator: created (the body sent as the
 * spec writes it), read back, waited on until completed, holding output of the variant's kind (real bytes of
 * it, where a file), and charged what the price rule says, as the quote says it.
 */
import type { CostEstimate, PriceQuote } from "@runapi.ai/core";
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, type ExpectStatic, it } from "vitest";
import { requestedSeconds } from "../src/requested-seconds.ts";
import { actionClient, type FamilyClient, specFamilies, variantsOf } from "../src/spec-families.ts";

const specs = await specFamilies();
let emulator: Emulator;
const clients = new Map<string, FamilyClient>();
/** Poll often: tasks end after a few tens of milliseconds here. */
const POLL = { minDelay: 10, maxDelay: 40 };

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, specsDir: specs.dir, taskDurationMs: 30 });
  for (const family of specs.families) {
    clients.set(family.model.family, family.client({ apiKey: emulator.apiKey, baseURL: emulator.url }));
  }
});
afterAll(() => emulator?.close());

type Finished = {
  status: string;
  model?: string;
  images?: { url: string }[];
  videos?: { url: string }[];
  audios?: { audio_url: string }[];
  texts?: { text: string }[];
  billing?: { settlement?: { charged_amount_cents?: number } | null } | null;
};

/** A finished task holds its output; a file output answers with real bytes of its kind. */
async function expectOutput(
  expect: ExpectStatic,
  done: Finished,
  output: "image" | "video" | "audio" | "text",
) {
  if (output === "text") {
    expect(done.texts?.[0]?.text).toEqual(expect.any(String));
    return;
  }
  const url =
    output === "image"
      ? done.images?.[0]?.url
      : output === "video"
        ? done.videos?.[0]?.url
        : done.audios?.[0]?.audio_url;
  expect(url).toMatch(/^http/);
  const response = await fetch(url as string);
  expect(response.ok).toBe(true);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe(output === "image" ? "\x89PNG" : "RIFF");
}

/** What completion charged, against the price rule's offline estimate and the emulator's quote. */
function expectCharged(
  expect: ExpectStatic,
  charged: number | undefined,
  estimate: CostEstimate,
  quote: PriceQuote,
  seconds: number,
) {
  // A price not yet published is quoted as no amount; the emulator runs such a task and charges 0.
  expect(charged).toBe(quote.reservation_amount_cents ?? 0);
  if (estimate.kind === "exact") expect(charged).toBe(estimate.cents);
  if (estimate.kind === "rate") expect(charged).toBeCloseTo(estimate.cents * seconds, 6);
  if (estimate.kind === "unknown") {
    expect(charged).toBe(0);
    expect(quote.pricing_status).toBe("pending");
  }
}

describe.concurrent.each(specs.families.map((family) => [family.model.family, family] as const))(
  "%s",
  (family, spec) => {
    it.for(variantsOf([spec]).map((entry) => [entry.name, entry] as const))(
      "%s: its example is created, read, completed with output of its kind, and charged its price",
      async ([name, { action, variant }], { expect }) => {
        const api = actionClient(clients.get(family) as FamilyClient, action);
        const sync = variant.task !== "async";
        // The key finds this create among the requests of every variant running alongside.
        const idempotencyKey = `conformance ${name}`;
        const task = await api.create(variant.example, { idempotencyKey });
        expect(task.status).toBe(sync ? "completed" : "processing");
        if (variant.takesModel) expect((task as Finished).model).toBe(variant.model);
        const sent = emulator.requests.filter(
          (request) => request.headers["idempotency-key"] === idempotencyKey,
        );
        expect(sent.map((request) => request.body)).toEqual([variant.example]);
        if (!sync) {
          expect((await api.get(task)).id).toBe(task.id);
          expect((await api.get(task.id)).id).toBe(task.id);
        }
        const seen: string[] = [];
        const done = (await api.wait(task, { ...POLL, onProgress: (t) => seen.push(t.status) })) as Finished;
        expect(done.status).toBe("completed");
        expect(seen.at(-1) ?? done.status).toBe("completed");
        await expectOutput(expect, done, variant.output);
        const charged = done.billing?.settlement?.charged_amount_cents;
        expectCharged(
          expect,
          charged,
          api.estimateCost(variant.example),
          await api.quote(variant.example),
          requestedSeconds(variant.input, variant.example),
        );
      },
    );

    // A model id that no other action of the family shares is taken by the client itself.
    const variants = spec.model.actions.flatMap((action) => action.variants);
    const own = variants.find(
      (variant) => variant.takesModel && variants.filter(({ model }) => model === variant.model).length === 1,
    );
    if (own) {
      it("the client's own run takes a model id that names one variant, without naming its action", async ({
        expect,
      }) => {
        const client = clients.get(family) as FamilyClient;
        const done = (await client.run(own.example as never, POLL)) as Finished;
        expect(done.model).toBe(own.model);
        expect(done.status).toBe("completed");
      });
    }
  },
);
