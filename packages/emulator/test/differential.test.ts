import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Catalog, RunAPIClient, ValidationError } from "../../core/src/index.ts";
import { type Emulator, startEmulator } from "../src/index.ts";
import { requestArbitrary } from "./input-arbitrary.ts";

/**
 * The SDK's validator (hand-written, in core) and the emulator's (Ajv, a standard JSON Schema validator)
 * check each other: on thousands of generated requests per family, one accepts exactly when the other does,
 * with the same first message. A failure prints the seed that replays it.
 */
const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20261124);
const PER_FAMILY = 3000;
const packagesDir = fileURLToPath(new URL("../../", import.meta.url));
const families = readdirSync(packagesDir).filter((name) => !["core", "emulator"].includes(name));

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskDurationMs: 1_000_000 });
});
afterAll(() => emulator.close());

describe.each(families)("%s: SDK and emulator validation agree", (family) => {
  it(`on ${PER_FAMILY} generated requests (seed ${SEED})`, async () => {
    const { catalog } = (await import(`../../${family}/src/generated/variants.ts`)) as { catalog: Catalog };
    const client = new RunAPIClient(
      { apiKey: emulator.apiKey, baseURL: emulator.url, maxRetries: 0 },
      catalog,
    );
    const perVariant = Math.ceil(PER_FAMILY / catalog.variants.length);
    let accepted = 0;
    let refused = 0;
    for (const [index, variant] of catalog.variants.entries()) {
      const bodies = fc.sample(requestArbitrary(variant.input, variant.model), {
        seed: SEED + index,
        numRuns: perVariant,
      });
      for (const body of bodies) {
        const sdk = await client.create(body as never).catch((error: unknown) => error);
        // A ValidationError with a status came from the emulator: the SDK accepted what the emulator refused.
        if (!(sdk instanceof ValidationError) || sdk.status !== undefined) {
          expect(sdk, JSON.stringify(body)).toMatchObject({ id: expect.any(String) }); // the emulator accepted it too
          accepted++;
          continue;
        }
        refused++;
        const answer = await fetch(`${emulator.url}${variant.path}`, {
          method: "POST",
          headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        const message = ((await answer.json()) as { error?: { message?: string } }).error?.message;
        expect(answer.status, JSON.stringify(body)).toBe(422);
        if (sdk.issues[0]?.path === "model") {
          // The SDK routes by model across the family, so it lists every model; the endpoint lists its own.
          expect(message, JSON.stringify(body)).toMatch(/^model must be one of: /);
          const listed = (message as string).replace("model must be one of: ", "").split(", ");
          for (const id of listed) expect(sdk.message).toContain(id);
        } else {
          expect(message, JSON.stringify(body)).toBe(sdk.message);
        }
      }
    }
    // The generator must reach both sides of the line, or the comparison proves little.
    expect(accepted).toBeGreaterThan(PER_FAMILY / 10);
    expect(refused).toBeGreaterThan(PER_FAMILY / 10);
  }, 120_000);
});
