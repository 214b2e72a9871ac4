import { afterAll, beforeAll, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.ts";
import { toyClient, toySpec, writeSpecs } from "./support/toy-specs.ts";

// A quote names the variant by service, action and model; an action that takes no model has none to name.
let emulator: Emulator;
let specs: ReturnType<typeof writeSpecs>;
beforeAll(async () => {
  specs = writeSpecs({
    "toy.yaml": toySpec("toy", "audio", [
      {
        name: "separate_vocals",
        variants: [
          {
            price: { unit: "call", cents: 3, by: { stems: { "4": 5 } } },
            properties: { stems: { type: "integer", enum: [2, 4], default: 2 } },
          },
        ],
      },
      { name: "text_to_music", variants: [{ model: "toy-music", price: { unit: "call", cents: 7 } }] },
    ]),
  });
  emulator = await startEmulator({ port: 0, specsDir: specs.dir });
});
afterAll(async () => {
  await emulator.close();
  specs.remove();
});

const quote = (body: unknown) => toyClient(emulator).post("/api/v1/price_quotes", body);

it("quotes an action that takes no model by its service and action", async () => {
  const plain = await quote({ service: "toy", action: "separate_vocals", params: {} });
  expect(plain.response.status).toBe(200);
  expect(plain.json.price_quote).toMatchObject({
    service: "toy",
    action: "separate_vocals",
    reservation_amount_cents: 3,
  });
  const four = await quote({ service: "toy", action: "separate_vocals", params: { stems: 4 } });
  expect(four.json.price_quote.reservation_amount_cents).toBe(5);
});

it("still needs the model of an action that takes one, and of a quote that names no action", async () => {
  for (const body of [
    { service: "toy", action: "text_to_music", params: {} },
    { service: "toy", params: {} },
  ]) {
    const answer = await quote(body);
    expect(answer.response.status).toBe(422);
    expect(answer.json.error.message).toBe("model is required");
  }
  const named = await quote({ service: "toy", action: "text_to_music", model: "toy-music" });
  expect(named.json.price_quote.reservation_amount_cents).toBe(7);
});
