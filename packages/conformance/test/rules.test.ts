/**
 * Every rule of every variant, broken, and every example stripped of its required fields with an unknown one
 * added: the SDK refuses the request before sending anything (ValidationError), and the emulator, sent the same
 * body raw, refuses it in the API's shape with the same problems, issue by issue, or, where the unknown field is all that is
 * wrong (a check the API does not make), takes it, as the SDK does with `strict: false`. The cases run one at a
 * time, so that "nothing was sent" is the emulator's request count standing still.
 */
import { ValidationError } from "@runapi.ai/core";
import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleBreaks } from "../../spec/src/index.ts";
import { invalidExample } from "../src/invalid-example.ts";
import { refusalMessage } from "../src/refusal.ts";
import { actionClient, type FamilyClient, specFamilies, variantsOf } from "../src/spec-families.ts";

const specs = await specFamilies();
let emulator: Emulator;
const clients = new Map<string, FamilyClient>();

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, specsDir: specs.dir, taskDurationMs: 1_000_000 });
  for (const family of specs.families) {
    clients.set(family.model.family, family.client({ apiKey: emulator.apiKey, baseURL: emulator.url }));
  }
});
afterAll(() => emulator?.close());

/** What the SDK throws for a body, having sent nothing. */
async function refusedBySdk(create: () => Promise<unknown>): Promise<ValidationError> {
  const before = emulator.requestsReceived();
  const error = await create().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(emulator.requestsReceived()).toBe(before);
  return error as ValidationError;
}

/** The emulator's answer to a body sent raw, as the API's error shape. */
async function refusedByEmulator(path: string, body: unknown) {
  const answer = await fetch(`${emulator.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const { error } = (await answer.json()) as { error: { message: string; details: unknown } };
  return { status: answer.status, message: error.message, details: error.details };
}

const variants = variantsOf(specs.families);

describe.each(specs.families.map((family) => [family.model.family, family] as const))(
  "%s",
  (family, spec) => {
    it.each(variantsOf([spec]).map((entry) => [entry.name, entry] as const))(
      "%s: an example without its required fields and with an unknown one is refused alike, naming each",
      async (_name, { action, variant }) => {
        const api = actionClient(clients.get(family) as FamilyClient, action);
        const { body, paths, apiPaths } = invalidExample(variant);
        const error = await refusedBySdk(() => api.create(body));
        expect(error.issues.map((issue) => issue.path)).toEqual(paths);
        if (apiPaths.length === 0) {
          // Only the unknown field: the API takes the request, and so does the SDK when not strict.
          const before = emulator.requests.length;
          await expect(api.create(body, { strict: false })).resolves.toBeDefined();
          expect(emulator.requests.length).toBe(before + 1);
          return;
        }
        const loose = await refusedBySdk(() => api.create(body, { strict: false }));
        expect(loose.issues.map((issue) => issue.path)).toEqual(apiPaths);
        // The API's problems come first, alike with and without the SDK's own checks.
        expect(error.issues.slice(0, loose.issues.length)).toEqual(loose.issues);
        expect(error.message).toBe(refusalMessage(error.issues));
        expect(loose.message).toBe(refusalMessage(loose.issues));
        const answer = await refusedByEmulator(action.path, body);
        expect(answer.status).toBe(422);
        // The API answers its first problem, and lists them all.
        expect(answer.message).toBe(loose.issues[0]?.message);
        expect(answer.details).toEqual(loose.issues);
      },
    );

    const breaks = variantsOf([spec]).flatMap(({ action, variant }) => {
      const { breaks, unbreakable } = ruleBreaks(variant.input, variant.example, variant.model);
      const [dead] = unbreakable;
      if (dead)
        throw new Error(`${spec.model.file}: ${variant.schemaName}/allOf/${dead.rule}: ${dead.reason}`);
      return breaks.map((broken) => [`${variant.model} allOf/${broken.rule}`, action, broken] as const);
    });
    if (breaks.length === 0) return;
    it.each(breaks)(
      "%s, broken, is refused before sending and by the emulator, with the rule's message",
      async (_rule, action, { body, issues }) => {
        const error = await refusedBySdk(() =>
          actionClient(clients.get(family) as FamilyClient, action).create(body),
        );
        expect(error.issues).toEqual(issues);
        expect(error.message).toBe(refusalMessage(issues));
        const answer = await refusedByEmulator(action.path, body);
        expect([400, 422]).toContain(answer.status);
        expect(answer.message).toBe(issues[0]?.message);
        expect(answer.details).toEqual(issues);
      },
    );
  },
);

it("has rules to break, in specs/ and in the fixture that holds every kind of rule", () => {
  const broken = (fixture: boolean) =>
    variants
      .filter((entry) => entry.family.fixture === fixture)
      .some((entry) => (entry.variant.input.rules ?? []).length > 0);
  expect([broken(false), broken(true)]).toEqual([true, true]);
});
