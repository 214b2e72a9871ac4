import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActionClient,
  type ActionShape,
  actionProperty,
  type Catalog,
  type Rule,
  RunAPIClient,
  ValidationError,
  type Variant,
} from "../../core/src/index.ts";
import { type Emulator, startEmulator } from "../src/index.ts";
import { writeSpecs } from "../src/toy-specs.ts";
import { requestArbitrary } from "./input-arbitrary.ts";

/**
 * The SDK's validator (hand-written, in core) and the emulator's (Ajv, a standard JSON Schema validator)
 * check each other: on thousands of generated requests per family, one accepts exactly when the other does,
 * with the same first message. A failure prints the seed that replays it.
 */
const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20261124);
const PER_FAMILY = 3000;
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const packagesDir = fileURLToPath(new URL("../../", import.meta.url));
const families = readdirSync(packagesDir).filter((name) => existsSync(join(repo, "specs", `${name}.yaml`)));

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskDurationMs: 1_000_000 });
});
afterAll(() => emulator.close());

const totals = { accepted: 0, sent: 0 };

describe.each(families)("%s: SDK and emulator validation agree", (family) => {
  it(`on ${PER_FAMILY} generated requests (seed ${SEED})`, async () => {
    const { catalog } = (await import(`../../${family}/src/generated/variants.ts`)) as { catalog: Catalog };
    await expectAgreement(emulator, catalog);
  }, 120_000);
});

it("reaches both sides of the line across the catalog: at least a tenth of the requests accepted", () => {
  expect(totals.sent).toBeGreaterThan(0);
  expect(totals.accepted).toBeGreaterThan(totals.sent / 10);
});

describe("toy-rules (every construct and rule kind): SDK and emulator validation agree", () => {
  let specs: { dir: string; remove: () => void };
  let toy: Emulator;
  let catalog: Catalog;
  beforeAll(async () => {
    specs = writeSpecs({
      "toy-rules.yaml": readFileSync(join(repo, "scripts/fixtures/toy-rules/toy-rules.yaml"), "utf8"),
      "_shared/common.yaml": readFileSync(join(repo, "specs/_shared/common.yaml"), "utf8"),
    });
    catalog = await catalogFromSpec(join(specs.dir, "toy-rules.yaml"), specs.dir);
    toy = await startEmulator({ port: 0, specsDir: specs.dir, taskDurationMs: 1_000_000 });
  });
  afterAll(async () => {
    await toy?.close();
    specs?.remove();
  });

  it(`on ${PER_FAMILY} generated requests (seed ${SEED}), every problem alike, every rule reported`, async () => {
    const reported = await expectAgreement(toy, catalog, { allProblems: true });
    // Each rule of each variant was broken at least once (the arbitraries favour the values rules compare with).
    const rules = catalog.variants.flatMap((variant) =>
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
});

/**
 * Sends each generated body to the SDK (which validates before sending) and, when the SDK refuses it, raw to
 * the emulator: one accepts exactly when the other does, with the same first message (with `allProblems`,
 * the same list of problems). Answers every problem the SDK reported, with its model.
 */
async function expectAgreement(
  server: Emulator,
  catalog: Catalog,
  { allProblems = false } = {},
): Promise<{ model: string; message: string }[]> {
  const client = new RunAPIClient({ apiKey: server.apiKey, baseURL: server.url, maxRetries: 0 }, catalog);
  const perVariant = Math.ceil(PER_FAMILY / catalog.variants.length);
  const reported: { model: string; message: string }[] = [];
  let accepted = 0;
  let refused = 0;
  for (const [index, variant] of catalog.variants.entries()) {
    const bodies = fc.sample(requestArbitrary(variant.input, variant.model), {
      seed: SEED + index,
      numRuns: perVariant,
    });
    for (const body of bodies) {
      // Through the variant's action: model ids may be shared by actions, and some actions take none.
      const api = (client as unknown as Record<string, ActionClient<ActionShape>>)[
        actionProperty(variant.action)
      ]!;
      const sdk = await api.create(body as never).catch((error: unknown) => error);
      // A ValidationError with a status came from the emulator: the SDK accepted what the emulator refused.
      if (!(sdk instanceof ValidationError) || sdk.status !== undefined) {
        expect(sdk, JSON.stringify(body)).toMatchObject({ id: expect.any(String) }); // the emulator accepted it too
        accepted++;
        continue;
      }
      refused++;
      const answer = await fetch(`${server.url}${variant.path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${server.apiKey}`, "content-type": "application/json" },
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
        for (const issue of sdk.issues) reported.push({ model: variant.model ?? "", message: issue.message });
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
  const condition = Object.entries(rule.when ?? {})
    .map(([name, expected]) =>
      typeof expected === "object"
        ? `${name} is ${expected.present ? "present" : "absent"}`
        : `${name} is ${expected}`,
    )
    .join(" and ");
  if (condition) return message.endsWith(` when ${condition}`);
  return rule.requiredAny !== undefined && message === `one of ${rule.requiredAny.join(", ")} is required`;
}

/** The catalog the generator would write for a spec, read by the generator's own linter. */
async function catalogFromSpec(file: string, root: string): Promise<Catalog> {
  const { loadSpec, readFamily } = await import(`${repo}packages/spec/src/index.ts`);
  const { family, problems } = readFamily(loadSpec(file, root)) as {
    family: {
      family: string;
      actions: { name: string; path: string; variants: Omit<Variant, "action" | "method" | "path">[] }[];
    };
    problems: unknown[];
  };
  expect(problems).toEqual([]);
  const variants = family.actions.flatMap((action) =>
    action.variants.map(({ model, status, task, price, input }) => ({
      model,
      action: action.name,
      method: "POST" as const,
      path: action.path,
      status,
      task,
      price,
      input,
    })),
  );
  return { family: family.family, variants };
}
