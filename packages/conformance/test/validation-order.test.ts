/**
 * For random requests to every variant of every family (the 40 of specs/ and the fixtures), the first problem
 * core's client reports is the one the API's contract predicts (../shared/runapi-api.md, "Validation"): the
 * model, then the cross-field rules in spec order, then the fields by name, each by item count, required, enum,
 * integer, range. The predictor below is written from the contract's text and shares no code with core's
 * validator; it reads each variant's schema as the spec states it. No request leaves the process: the client's
 * `fetch` answers every create itself. `ORDER_SEED` replays a failure.
 */
import type { InputSchema, Rule } from "@runapi.ai/core";
import { ValidationError } from "@runapi.ai/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requestArbitrary } from "../src/input-arbitrary.ts";
import { firstProblem } from "../src/refusal.ts";
import { actionClient, specFamilies, variantsOf } from "../src/spec-families.ts";

const SEED = Number(process.env.ORDER_SEED ?? 20261201);
/** Random requests per variant. */
const RUNS = 40;

const specs = await specFamilies();

/** Whether a value is there, as the contract counts it: null, blank strings, empty arrays and objects are not. */
function there(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.some(there);
  if (typeof value === "object") return Object.values(value).some((item) => item !== undefined);
  return true;
}

/** An enum member matches: numbers and booleans exactly; a string by the value's text (a number never is one). */
const matches = (member: unknown, value: unknown) =>
  typeof member === "string" ? typeof value !== "number" && String(value) === member : member === value;

/** An enum as the API lists it; a float enum's numbers keep `.0`. */
function listed(values: readonly unknown[]): string {
  const floats = values.some((value) => typeof value === "number" && !Number.isInteger(value));
  return values.map((value) => (floats && Number.isInteger(value) ? `${value}.0` : String(value))).join(", ");
}

/** `between a and b`, `at least a`, `at most b` for a size outside its bounds. */
function outside(size: number, min?: number, max?: number): string | undefined {
  if ((min === undefined || size >= min) && (max === undefined || size <= max)) return undefined;
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}

/** What the contract says the API answers first for a request, or undefined when it takes it. */
function predictFirst(models: string[] | undefined, input: InputSchema, body: Record<string, unknown>) {
  // 1. Model membership, sorted.
  if (models && !(typeof body.model === "string" && models.includes(body.model))) {
    return `model must be one of: ${[...models].sort().join(", ")}`;
  }
  // 2. Rules in order, each only when every condition holds (a value compared as text).
  for (const rule of input.rules ?? []) {
    const message = ruleFirst(rule, body);
    if (message) return message;
  }
  // 3. Fields by name: item count, required, enum, integer, range.
  const properties = input.properties ?? {};
  for (const name of Object.keys(properties).sort()) {
    if (name === "model") continue;
    const schema = properties[name] as InputSchema;
    const value = body[name];
    if (value != null && (schema.minItems !== undefined || schema.maxItems !== undefined)) {
      if (!Array.isArray(value)) return `${name} must be an array`;
      const bounds = outside(value.length, schema.minItems, schema.maxItems);
      if (bounds) return `${name} must contain ${bounds} items`;
    }
    if (!there(value)) {
      if (input.required?.includes(name)) return `${name} is required`;
      continue;
    }
    const members = schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
    if (members && !members.some((member) => matches(member, value))) {
      return `${name} must be one of: ${listed(members)}`;
    }
    const { minimum, maximum, minLength, maxLength } = schema;
    if (schema.type === "integer" && !(typeof value === "number" && Number.isInteger(value))) {
      const range =
        minimum !== undefined && maximum !== undefined ? ` between ${minimum} and ${maximum}` : "";
      return `${name} must be an integer${range}`;
    }
    if (minLength !== undefined || maxLength !== undefined) {
      // Characters are code points; a value that is not text is measured as its text.
      const bounds = outside([...String(value)].length, minLength, maxLength);
      if (bounds) return `${name} must be ${bounds} characters`;
    } else if (minimum !== undefined || maximum !== undefined) {
      if (typeof value !== "number") return `${name} must be a number`;
      const bounds = outside(value, minimum, maximum);
      if (bounds) return `${name} must be ${bounds}`;
    }
  }
  return undefined;
}

/** A rule's first problem, when it holds: its required, forbidden, required-any, then enum fields. */
function ruleFirst(
  { when = {}, required = [], forbidden = [], requiredAny, enum: enums = {} }: Rule,
  body: Record<string, unknown>,
) {
  const conditions = Object.entries(when);
  const holds = conditions.every(([field, condition]) =>
    typeof condition === "object"
      ? condition.present === there(body[field])
      : there(body[field]) && String(body[field]) === String(condition),
  );
  if (!holds) return undefined;
  const stated = conditions.map(([field, condition]) =>
    typeof condition === "object"
      ? `${field} is ${condition.present ? "present" : "absent"}`
      : `${field} is ${condition}`,
  );
  const suffix = stated.length > 0 ? ` when ${stated.join(" and ")}` : "";
  const missing = required.find((field) => !there(body[field]));
  if (missing) return `${missing} is required${suffix}`;
  const extra = forbidden.find((field) => there(body[field]));
  if (extra) return `${extra} is not allowed${suffix}`;
  if (requiredAny && !requiredAny.some((field) => there(body[field]))) {
    return `one of ${requiredAny.join(", ")} is required${suffix}`;
  }
  for (const [field, members] of Object.entries(enums)) {
    if (there(body[field]) && !members.some((member) => matches(member, body[field]))) {
      return `${field} must be one of: ${listed(members)}${suffix}`;
    }
  }
  return undefined;
}

/** A `fetch` that answers every request as a created task, so accepted requests go nowhere. */
const answerLocally: typeof fetch = async () =>
  new Response(JSON.stringify({ id: "t", status: "processing" }), {
    status: 200,
    headers: { "content-type": "application/json" },
  });

/** The first problem of a create: its ValidationError's (whose message says them all), or null when the client sent it. */
async function firstOf(create: () => Promise<unknown>): Promise<string | null> {
  const answer = await create().catch((error: unknown) => error);
  if (answer instanceof ValidationError) return firstProblem(answer);
  if (answer instanceof Error) throw answer;
  return null;
}

const firstKinds = { model: 0, rule: 0, field: 0, none: 0 };

describe.each(specs.families.map((family) => [family.model.family, family] as const))(
  "%s",
  (_name, family) => {
    it(`reports first what the contract's order predicts, on ${RUNS} random requests per variant`, async () => {
      const client = family.client({
        apiKey: "k",
        baseURL: "http://127.0.0.1:9",
        maxRetries: 0,
        fetch: answerLocally,
      });
      for (const [index, { action, variant }] of variantsOf([family]).entries()) {
        const api = actionClient(client, action);
        const models = variant.takesModel
          ? action.variants.filter((other) => other.takesModel).map((other) => other.model)
          : undefined;
        const model = variant.takesModel ? variant.model : undefined;
        await fc.assert(
          fc.asyncProperty(requestArbitrary(variant.input, model), async (body) => {
            const predicted = predictFirst(models, variant.input, body) ?? null;
            expect(await firstOf(() => api.create(body, { strict: false }))).toBe(predicted);
            // The checks the API does not make come after its own.
            if (predicted !== null) expect(await firstOf(() => api.create(body))).toBe(predicted);
            const kind =
              predicted === null
                ? "none"
                : predicted.startsWith("model must be one of")
                  ? "model"
                  : / when |^one of /.test(predicted)
                    ? "rule"
                    : "field";
            firstKinds[kind]++;
          }),
          { seed: SEED + index, numRuns: RUNS },
        );
      }
    });
  },
);

it("walks the 40 families of specs/, and reaches a model, a rule and a field problem first, and a request taken", () => {
  expect(specs.families.filter((family) => !family.fixture)).toHaveLength(40);
  expect(firstKinds.model).toBeGreaterThan(0);
  expect(firstKinds.rule).toBeGreaterThan(0);
  expect(firstKinds.field).toBeGreaterThan(0);
  expect(firstKinds.none).toBeGreaterThan(0);
});
