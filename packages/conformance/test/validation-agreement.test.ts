/**
 * The SDK's validation (before sending, `strict: false`: the API's own checks) and the emulator's (the API's
 * answer) accept and refuse alike, with the same problems: for every variant of every family, on requests that
 * reach every constraint of every field (each field at its limits, just past them, of a wrong type, null and
 * blank; each required field left out; an unknown field; a wrong model), and on the fixture that holds every
 * kind of rule, on 3,000 generated requests, every rule reported. The SDK's strict checks only add problems
 * after those. A failure names the request, or prints the seed that replays it.
 */
import {
  type ActionClient,
  type ActionShape,
  type Rule,
  ValidationError,
  validateInput,
} from "@runapi.ai/core";
import { DEFAULT_API_KEY, type Emulator, startEmulator } from "@runapi.ai/emulator";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionModel, conditionText, type VariantModel } from "../../spec/src/index.ts";
import { edgeRequests } from "../src/edge-requests.ts";
import { requestArbitrary } from "../src/input-arbitrary.ts";
import { refusalMessage } from "../src/refusal.ts";
import { actionClient, type SpecFamily, specFamilies, variantsOf } from "../src/spec-families.ts";

const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20261124);
const GENERATED = 3000;
/** The fixture whose variants hold every construct and every kind of rule. */
const EVERY_RULE = "toy-rules";
/** Requests in flight at once: the client's work and the emulator's overlap. */
const IN_FLIGHT = 8;

const specs = await specFamilies();
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    specsDir: specs.dir,
    taskDurationMs: 1_000_000,
    // Accepted creates of actions that may answer 202 answer their result at once, so none waits for a task.
    hybridAnswer: "result",
    // Thousands of accepted creates each hold their price: a balance no run spends keeps a 402 out of the way.
    accounts: [{ apiKey: DEFAULT_API_KEY, balanceCents: 1e12 }],
  });
});
afterAll(() => emulator?.close());

const totals = { accepted: 0, sent: 0 };

describe.each(specs.families.map((family) => [family.model.family, family] as const))(
  "%s",
  (_name, family) => {
    it("accepts and refuses every field's edges alike, with the same problems", async () => {
      const client = clientOf(family);
      const tally = { accepted: 0, refused: 0 };
      for (const { action, variant } of variantsOf([family])) {
        const api = actionClient(client, action);
        await inBatches(edgeRequests(variant), async ({ label, body }) => {
          const outcome = await expectAgreement(api, action, variant, body, `${variant.model}, ${label}`);
          tally[outcome.accepted ? "accepted" : "refused"]++;
        });
      }
      count(tally);
      // Both sides of the line are reached in every family.
      expect(tally.accepted).toBeGreaterThan(0);
      expect(tally.refused).toBeGreaterThan((tally.accepted + tally.refused) / 10);
    });

    if (family.model.family !== EVERY_RULE) return;
    it(`agrees on ${GENERATED} generated requests (seed ${SEED}), every problem alike, every rule reported`, async () => {
      const client = clientOf(family);
      const variants = variantsOf([family]);
      const perVariant = Math.ceil(GENERATED / variants.length);
      const reported: { model: string; message: string }[] = [];
      const tally = { accepted: 0, refused: 0 };
      for (const [index, { action, variant }] of variants.entries()) {
        const model = variant.takesModel ? variant.model : undefined;
        const bodies = fc.sample(requestArbitrary(variant.input, model), {
          seed: SEED + index,
          numRuns: perVariant,
        });
        const api = actionClient(client, action);
        await inBatches(bodies, async (body) => {
          const outcome = await expectAgreement(api, action, variant, body, JSON.stringify(body));
          tally[outcome.accepted ? "accepted" : "refused"]++;
          for (const issue of outcome.issues) reported.push({ model: variant.model, message: issue.message });
        });
      }
      count(tally);
      expect(tally.refused).toBeGreaterThan(GENERATED / 10);
      // Each rule of each variant was broken at least once (the arbitraries favour the values rules compare with).
      const rules = variants.flatMap(({ variant }) =>
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
    });
  },
);

it("reaches both sides of the line across the catalog: at least a tenth of the requests accepted", () => {
  expect(totals.sent).toBeGreaterThan(0);
  expect(totals.accepted).toBeGreaterThan(totals.sent / 10);
});

function clientOf(family: SpecFamily) {
  return family.client({ apiKey: emulator.apiKey, baseURL: emulator.url, maxRetries: 0 });
}

function count({ accepted, refused }: { accepted: number; refused: number }) {
  totals.accepted += accepted;
  totals.sent += accepted + refused;
}

/** Runs `check` on every item, a few at a time. */
async function inBatches<T>(items: readonly T[], check: (item: T) => Promise<void>) {
  for (let start = 0; start < items.length; start += IN_FLIGHT) {
    await Promise.all(items.slice(start, start + IN_FLIGHT).map(check));
  }
}

/**
 * Sends a body to the SDK with `strict: false` (which validates before sending) and, when the SDK refuses it,
 * raw to the emulator: one accepts exactly when the other does, with the same problems. The strict checks of
 * the same body keep those problems first, in order, and add only problems at other paths. Answers the
 * problems the SDK reported.
 */
async function expectAgreement(
  api: ActionClient<ActionShape & { params: Record<string, unknown> }>,
  action: ActionModel,
  variant: VariantModel,
  body: Record<string, unknown>,
  label: string,
): Promise<{ accepted: boolean; issues: readonly { message: string }[] }> {
  const model = variant.takesModel ? variant.model : undefined;
  if (!variant.takesModel || body.model === variant.model) {
    const loose = validateInput(variant.input, body, model, { strict: false });
    const strict = validateInput(variant.input, body, model);
    expect(strict.slice(0, loose.length), label).toEqual(loose);
    const paths = loose.map((issue) => issue.path);
    for (const { path } of strict.slice(loose.length)) expect(paths, label).not.toContain(path);
  }
  const sdk = await api.create(body, { strict: false }).catch((error: unknown) => error);
  // A ValidationError with a status came from the emulator: the SDK accepted what the emulator refused.
  if (!(sdk instanceof ValidationError) || sdk.status !== undefined) {
    expect(sdk, label).toMatchObject({ id: expect.any(String) }); // the emulator accepted it too
    return { accepted: true, issues: [] };
  }
  const answer = await fetch(`${emulator.url}${action.path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const { error } = (await answer.json()) as { error?: { message?: string; details?: unknown } };
  expect(answer.status, label).toBe(422);
  if (sdk.issues[0]?.path === "model") {
    // The action's client and the endpoint list the same models.
    expect(error?.message, label).toMatch(/^model must be one of: /);
    const listed = String(error?.message).replace("model must be one of: ", "").split(", ");
    for (const id of listed) expect(sdk.issues[0]?.message, label).toContain(id);
    expect(sdk.message, label).toBe(refusalMessage(sdk.issues));
    return { accepted: false, issues: [] };
  }
  // The API answers its first problem and lists them all; the SDK's message says them all.
  expect(error?.message, label).toBe(sdk.issues[0]?.message);
  expect(error?.details, label).toEqual(sdk.issues);
  expect(sdk.message, label).toBe(refusalMessage(sdk.issues));
  return { accepted: false, issues: sdk.issues };
}

/** Whether a message is one a rule reports: its conditions' wording, or its unconditional required_any. */
function isFrom(rule: Rule, message: string): boolean {
  const condition = conditionText(rule.when);
  if (condition) return message.endsWith(` when ${condition}`);
  return rule.requiredAny !== undefined && message === `one of ${rule.requiredAny.join(", ")} is required`;
}
