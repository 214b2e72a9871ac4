/**
 * The SDK's validator (hand-written, in core) and the emulator's (Ajv, a standard JSON Schema validator)
 * check each other: on thousands of generated requests per family, one accepts exactly when the other does,
 * with the same first message; on the fixture that holds every kind of rule, with the same list of problems,
 * and every rule reported. A failure prints the seed that replays it.
 */
import { type Rule, ValidationError } from "@runapi.ai/core";
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conditionText } from "../../spec/src/index.ts";
import { requestArbitrary } from "../src/input-arbitrary.ts";
import {
  actionClient,
  loadSpecFamilies,
  type SpecFamily,
  type SpecVariant,
  variantsOf,
} from "../src/spec-families.ts";

const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20261124);
const PER_FAMILY = 3000;
/** The fixture whose variants hold every construct and every kind of rule. */
const EVERY_RULE = "toy-rules";

const specs = await loadSpecFamilies();
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, specsDir: specs.dir, taskDurationMs: 1_000_000 });
});
afterAll(async () => {
  await emulator?.close();
  specs.remove();
});

const totals = { accepted: 0, sent: 0 };

describe.each(specs.families.map((family) => [family.model.family, family] as const))(
  "%s: SDK and emulator validation agree",
  (family, spec) => {
    if (family !== EVERY_RULE) {
      it(`on ${PER_FAMILY} generated requests (seed ${SEED})`, async () => {
        await expectAgreement(spec);
      }, 120_000);
      return;
    }
    it(`on ${PER_FAMILY} generated requests (seed ${SEED}), every problem alike, every rule reported`, async () => {
      const reported = await expectAgreement(spec, { allProblems: true });
      // Each rule of each variant was broken at least once (the arbitraries favour the values rules compare with).
      const rules = variantsOf([spec]).flatMap(({ variant }) =>
        (variant.input.rules ?? []).map((rule, index) => ({ variant, rule, index })),
      );
      expect(rules.length).toBeGreaterThan(10);
      const missed = rules
        .filter(
          ({ variant, rule }) =>
            !reported.some((issue) => isFrom(rule, issue.message) && issue.model === variant.model),
        )
        .map(({ variant, index }) => `${variant.model} allOf/${index}`);
      expect(missed).toEqual([]);
    }, 120_000);
  },
);

it("reaches both sides of the line across the catalog: at least a tenth of the requests accepted", () => {
  expect(totals.sent).toBeGreaterThan(0);
  expect(totals.accepted).toBeGreaterThan(totals.sent / 10);
});

/**
 * Sends each generated body to the SDK (which validates before sending) and, when the SDK refuses it, raw to
 * the emulator: one accepts exactly when the other does, with the same first message (with `allProblems`,
 * the same list of problems). Answers every problem the SDK reported, with its model.
 */
async function expectAgreement(
  family: SpecFamily,
  { allProblems = false } = {},
): Promise<{ model: string; message: string }[]> {
  const client = family.client({ apiKey: emulator.apiKey, baseURL: emulator.url, maxRetries: 0 });
  const variants: SpecVariant[] = variantsOf([family]);
  const perVariant = Math.ceil(PER_FAMILY / variants.length);
  const reported: { model: string; message: string }[] = [];
  let accepted = 0;
  let refused = 0;
  for (const [index, { action, variant }] of variants.entries()) {
    const model = variant.takesModel ? variant.model : undefined;
    const bodies = fc.sample(requestArbitrary(variant.input, model), {
      seed: SEED + index,
      numRuns: perVariant,
    });
    const api = actionClient(client, action);
    for (const body of bodies) {
      const sdk = await api.create(body).catch((error: unknown) => error);
      // A ValidationError with a status came from the emulator: the SDK accepted what the emulator refused.
      if (!(sdk instanceof ValidationError) || sdk.status !== undefined) {
        expect(sdk, JSON.stringify(body)).toMatchObject({ id: expect.any(String) }); // the emulator accepted it too
        accepted++;
        continue;
      }
      refused++;
      const answer = await fetch(`${emulator.url}${action.path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const { error } = (await answer.json()) as { error?: { message?: string; details?: unknown } };
      const message = error?.message;
      expect(answer.status, JSON.stringify(body)).toBe(422);
      if (sdk.issues[0]?.path === "model") {
        // The action's client and the endpoint list the same models.
        expect(message, JSON.stringify(body)).toMatch(/^model must be one of: /);
        const listed = (message as string).replace("model must be one of: ", "").split(", ");
        for (const id of listed) expect(sdk.message).toContain(id);
      } else {
        expect(message, JSON.stringify(body)).toBe(sdk.message);
        if (allProblems) expect(error?.details, JSON.stringify(body)).toEqual(sdk.issues);
        for (const issue of sdk.issues) reported.push({ model: variant.model, message: issue.message });
      }
    }
  }
  // The generator must reach both sides of the line, or the comparison proves little: refusals in every
  // family; acceptances across the catalog (a family whose requests need many related fields, e.g. nested
  // turns, is rarely hit by chance, and is counted in the total checked at the end).
  totals.accepted += accepted;
  totals.sent += accepted + refused;
  expect(refused).toBeGreaterThan(PER_FAMILY / 10);
  return reported;
}

/** Whether a message is one a rule reports: its conditions' wording, or its unconditional required_any. */
function isFrom(rule: Rule, message: string): boolean {
  const condition = conditionText(rule.when);
  if (condition) return message.endsWith(` when ${condition}`);
  return rule.requiredAny !== undefined && message === `one of ${rule.requiredAny.join(", ")} is required`;
}
