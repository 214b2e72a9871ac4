import type { InputSchema, PriceRule } from "@runapi.ai/core";
import { hasTables, matrixCells } from "../../../scripts/shared/price-text.ts";
import { RANGE_KEY, type VariantModel } from "../../spec/src/index.ts";

/** One request to price: a label for a failure's message, its parameters, and the table entries it prices. */
export interface PriceCase {
  label: string;
  params: Record<string, unknown>;
  /** The `field=key` table entries this request's price comes from. */
  covers: string[];
}

/** Every deciding field with every key its tables give it anywhere in the rule (`any` matches all: no key). */
export function decidingKeys(rule: PriceRule): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  if (!hasTables(rule)) return keys;
  const add = (field: string, key: string) => {
    if (key !== "any") keys.set(field, (keys.get(field) ?? new Set()).add(key));
  };
  for (const [field, table] of Object.entries(rule.by ?? {})) for (const key in table) add(field, key);
  for (const { path } of rule.matrix ? matrixCells(rule.matrix) : []) {
    for (const [depth, key] of path.entries()) add(rule.keys?.[depth] as string, key);
  }
  return keys;
}

/**
 * The variant's example; each value that decides its price swapped into it; each deciding field left out (so
 * its default decides); and each cell of a matrix.
 */
export function priceCases({ price, input, example }: VariantModel): PriceCase[] {
  const properties = input.properties ?? {};
  const cases: PriceCase[] = [{ label: "the example", params: example, covers: [] }];
  for (const [field, keys] of decidingKeys(price)) {
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
  if (hasTables(price) && price.matrix) {
    for (const { path } of matrixCells(price.matrix)) {
      const params = { ...example };
      const covers: string[] = [];
      path.forEach((key, depth) => {
        const field = price.keys?.[depth] as string;
        if (key === "any") return;
        params[field] = valuesOf(properties[field], key)[0];
        covers.push(`${field}=${key}`);
      });
      cases.push({ label: covers.join(", ") || "the matrix's any", params, covers });
    }
  }
  return cases;
}

/** The request values a table key stands for, typed as the field wants: "2k", true, 6, both ends of "1-10". */
function valuesOf(schema: InputSchema | undefined, key: string): unknown[] {
  const member = schema?.enum?.find((value) => String(value) === key);
  if (member !== undefined) return [member];
  const numeric = schema?.type === "integer" || schema?.type === "number";
  const range = RANGE_KEY.exec(key);
  if (range && numeric) return [Number(range[1]), Number(range[2])];
  if (schema?.type === "boolean") return [key === "true"];
  if (numeric) return [Number(key)];
  return [key];
}
