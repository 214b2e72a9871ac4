/**
 * For every variant of every family package in the repository, and every value of every parameter that decides
 * its price (and each such parameter left out), the emulator's quote equals the offline `estimateCost`.
 * Families, variants and price tables are discovered, never listed; requests start from each variant's example
 * in its spec.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSpecsDir } from "../../emulator/src/find-specs-dir.js";
import { type Emulator, startEmulator } from "../../emulator/src/index.js";
import { RefResolver } from "../../emulator/src/resolve-refs.js";
import {
  type ActionClient,
  type ActionShape,
  actionProperty,
  type Catalog,
  type InputSchema,
  type ModelMap,
  RunAPIClient,
  ValidationError,
  type Variant,
} from "../src/index.js";

const packagesDir = fileURLToPath(new URL("../../", import.meta.url));

/** Every generated family catalog under packages/. */
async function familyCatalogs(): Promise<Catalog[]> {
  const catalogs: Catalog[] = [];
  for (const entry of readdirSync(packagesDir).sort()) {
    const file = join(packagesDir, entry, "src/generated/variants.ts");
    const loaded = await import(pathToFileURL(file).href).catch(() => undefined);
    if (loaded?.catalog) catalogs.push(loaded.catalog as Catalog);
  }
  return catalogs;
}

/** Each variant's example request from the specs, by `<create path> <model id, or action for no-model actions>`. */
function specExamples(): Map<string, Record<string, unknown>> {
  const examples = new Map<string, Record<string, unknown>>();
  const resolver = new RefResolver();
  const specsDir = findSpecsDir();
  for (const name of readdirSync(specsDir).filter((file) => /\.ya?ml$/.test(file))) {
    const file = join(specsDir, name);
    const doc = resolver.load(file) as { paths?: Record<string, { post?: { requestBody?: unknown } }> };
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      const body = resolver.inline(item.post?.requestBody, file) as
        | { content?: Record<string, { examples?: Record<string, { value?: Record<string, unknown> }> }> }
        | undefined;
      for (const [key, example] of Object.entries(body?.content?.["application/json"]?.examples ?? {})) {
        if (example.value) examples.set(`${path} ${key}`, example.value);
      }
    }
  }
  return examples;
}

/** The price rule's forms, read loosely: `by` tables today, `keys` + `matrix` when the rule has them. */
type LooseRule = { by?: Record<string, Record<string, unknown>>; keys?: string[]; matrix?: unknown };

/** Every deciding field with every table key given for it anywhere in the rule (`any` matches all: no key). */
function decidingKeys(rule: LooseRule): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const add = (field: string, key: string) => {
    if (key !== "any") keys.set(field, (keys.get(field) ?? new Set()).add(key));
  };
  for (const [field, table] of Object.entries(rule.by ?? {})) for (const key in table) add(field, key);
  for (const path of matrixPaths(rule)) {
    for (const [depth, key] of path.entries()) add(rule.keys![depth]!, key);
  }
  return keys;
}

/** Every root-to-leaf path of a `matrix`, one key per entry of `keys`. */
function matrixPaths(rule: LooseRule): string[][] {
  const paths: string[][] = [];
  const walk = (node: unknown, path: string[]) => {
    if (path.length === (rule.keys?.length ?? 0)) return void paths.push(path);
    if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  if (rule.keys?.length && rule.matrix) walk(rule.matrix, []);
  return paths;
}

/** The request values a table key stands for, typed as the field's schema wants: "2k", true, 6, both ends of "1-10". */
function valuesOf(schema: InputSchema | undefined, key: string): unknown[] {
  const member = schema?.enum?.find((value) => String(value) === key);
  if (member !== undefined) return [member];
  const range = /^([\d.]+)-([\d.]+)$/.exec(key);
  if (range && (schema?.type === "integer" || schema?.type === "number")) return [+range[1]!, +range[2]!];
  if (schema?.type === "boolean") return [key === "true"];
  if (schema?.type === "integer" || schema?.type === "number") return [Number(key)];
  return [key];
}

interface Case {
  label: string;
  params: Record<string, unknown>;
  /** The `field=key` table entries this case prices. */
  covers: string[];
}

/** The example, each deciding value swapped into it, each deciding field left out, and each matrix path. */
function casesFor(variant: Variant, example: Record<string, unknown>): Case[] {
  const rule = variant.price as LooseRule;
  const properties = variant.input.properties ?? {};
  const cases: Case[] = [{ label: "the example", params: example, covers: [] }];
  for (const [field, keys] of decidingKeys(rule)) {
    for (const key of keys) {
      for (const value of valuesOf(properties[field], key)) {
        cases.push({
          label: `${field}=${key}`,
          params: { ...example, [field]: value },
          covers: [`${field}=${key}`],
        });
      }
    }
    const { [field]: _left, ...without } = example;
    cases.push({ label: `${field} left out`, params: without, covers: [] });
  }
  for (const path of matrixPaths(rule)) {
    const params = { ...example };
    const covers: string[] = [];
    path.forEach((key, depth) => {
      const field = rule.keys![depth]!;
      if (key === "any") return;
      params[field] = valuesOf(properties[field], key)[0];
      covers.push(`${field}=${key}`);
    });
    cases.push({ label: covers.join(", ") || "matrix any", params, covers });
  }
  return cases;
}

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskDurationMs: 1_000_000 });
});
afterAll(() => emulator.close());

const catalogs = await familyCatalogs();
const examples = specExamples();

it("finds the family packages and their examples", () => {
  expect(catalogs.length).toBeGreaterThan(0);
  for (const { variants } of catalogs) {
    for (const variant of variants) {
      expect(examples.has(`${variant.path} ${variant.model ?? variant.action}`), variant.model).toBe(true);
    }
  }
});

describe.each(catalogs.map((catalog) => [catalog.family, catalog] as const))("%s", (_family, catalog) => {
  it.each(catalog.variants.map((variant) => [variant.model ?? variant.action, variant] as const))(
    "%s: quote equals estimateCost for every price-deciding value",
    async (_name, variant) => {
      const client = new RunAPIClient<ModelMap>({ apiKey: emulator.apiKey, baseURL: emulator.url }, catalog);
      // Through the variant's action: model ids may be shared by actions, and some actions take none.
      const api = (client as unknown as Record<string, ActionClient<ActionShape>>)[
        actionProperty(variant.action)
      ]!;
      const example = examples.get(`${variant.path} ${variant.model ?? variant.action}`)!;
      const compared: string[] = [];
      const refused: string[] = [];
      const mismatches: string[] = [];
      for (const { label, params, covers } of casesFor(variant, example)) {
        const estimate = api.estimateCost(params) as { kind?: string; cents?: number };
        // Only an exact figure can equal a quote: per-second, per-token and unknown prices are not one.
        if ((estimate.kind ?? "exact") !== "exact" || estimate.cents === undefined) continue;
        const sentBefore = emulator.requests.length;
        const quote = await api.quote(params).catch((error: unknown) => {
          // A combination the variant's rules refuse is refused before sending, and prices nothing.
          if (error instanceof ValidationError && error.status === undefined) {
            expect(emulator.requests.length).toBe(sentBefore);
            refused.push(label);
            return undefined;
          }
          throw error;
        });
        if (!quote) continue;
        compared.push(label, ...covers);
        if (quote.reservation_amount_cents !== estimate.cents) {
          mismatches.push(`${label}: quote ${quote.reservation_amount_cents}, estimate ${estimate.cents}`);
        }
      }
      expect(mismatches).toEqual([]);
      const estimate = api.estimateCost(example) as { kind?: string };
      if ((estimate.kind ?? "exact") === "exact") {
        // The example itself must price, and every table value must have been priced by some valid case.
        expect(compared).toContain("the example");
        const uncovered = [...decidingKeys(variant.price as LooseRule)].flatMap(([field, keys]) =>
          [...keys].map((key) => `${field}=${key}`).filter((entry) => !compared.includes(entry)),
        );
        // A value whose request the variant's own rules refuse (it needs fields the example lacks) cannot be
        // quoted from the example; every other value must have been priced.
        expect(
          uncovered.filter((entry) => !refused.includes(entry)),
          `refused: ${refused.join("; ")}`,
        ).toEqual([]);
      }
    },
  );
});
