import type { InputSchema, PriceMatrix, PriceRule, PriceTable } from "../../core/src/index.js";
import { type At, isNode, type Report } from "./spec-node.js";

const isCents = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0;

/** The forms of `x-runapi-variant.price`, each with the keys it may have. */
const PRICE_KEYS = {
  call: ["unit", "cents", "by", "keys", "matrix"],
  second: ["unit", "cents", "by", "keys", "matrix", "duration_source"],
  million_tokens: ["unit", "input_cents", "output_cents"],
  unknown: ["unit"],
} as const;
type Unit = keyof typeof PRICE_KEYS;
const PRICE_UNITS = Object.keys(PRICE_KEYS) as Unit[];

/** A range key on a numeric field: `1-10` matches every number from 1 to 10, ends included. */
export const RANGE_KEY = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/;
/** Where a completed task holds the output whose duration is billed, e.g. `videos[0].url`. */
const DURATION_SOURCE = /^[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*$/;
/** The types a price can depend on: their values are looked up by `String(value)`. */
const PRICED_TYPES = ["string", "integer", "number", "boolean"];

const EXAMPLES: Record<Unit, string> = {
  call: "price: { unit: call, cents: 14 }",
  second: 'price: { unit: second, cents: 12, duration_source: "videos[0].url" }',
  million_tokens: "price: { unit: million_tokens, input_cents: 140, output_cents: 2800 }",
  unknown: "price: { unit: unknown }",
};

/**
 * Lints `x-runapi-variant.price` in every form of the spec format and reads it into core's `PriceRule`:
 * flat or free (`unit: call, cents`), one deciding field (`by`), several (`keys` + `matrix`, `any` levels
 * allowed), per second of output (`unit: second` + `duration_source`), per million tokens, and unknown.
 * `at` points inside `x-runapi-variant`; every problem is reported, and nothing is returned when there is one.
 */
export function readPrice(value: unknown, input: InputSchema, at: At, report: Report): PriceRule | undefined {
  let valid = true;
  const fail: Report = (...problem) => {
    valid = false;
    report(...problem);
  };
  if (!isNode(value)) {
    fail(at("price"), "price is missing", `add ${EXAMPLES.call} (US cents per call)`);
    return undefined;
  }
  const unit = value.unit as Unit;
  if (!PRICE_UNITS.includes(unit)) {
    fail(
      at("price", "unit"),
      `price unit must be one of: ${PRICE_UNITS.join(", ")}, got ${JSON.stringify(value.unit)}`,
      `write unit: call for a price per call (${EXAMPLES.call}); unit: unknown when no price is published`,
    );
    return undefined;
  }
  const allowed: readonly string[] = PRICE_KEYS[unit];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      fail(
        at("price", key),
        `price.${key} is not part of a price with unit ${unit}`,
        `a ${unit} price has only ${allowed.join(", ")}, e.g. ${EXAMPLES[unit]}`,
      );
    }
  }
  const cents = (key: string, example: number) => {
    if (isCents(value[key])) return value[key] as number;
    fail(
      at("price", key),
      `price ${key} must be a non-negative number of US cents, got ${JSON.stringify(value[key])}`,
      `write the price in US cents (fractions allowed), e.g. ${key}: ${example} for $${(example / 100).toFixed(2)}`,
    );
    return 0;
  };

  if (unit === "unknown") return valid ? { unit } : undefined;
  if (unit === "million_tokens") {
    const rule = { unit, input_cents: cents("input_cents", 140), output_cents: cents("output_cents", 2800) };
    return valid ? rule : undefined;
  }

  const base = cents("cents", 14);
  const tables: { by?: Record<string, PriceTable>; keys?: string[]; matrix?: PriceMatrix } = {};
  const hasBy = value.by !== undefined;
  const hasMatrix = value.keys !== undefined || value.matrix !== undefined;
  if (hasBy && hasMatrix) {
    fail(
      at("price", "by"),
      "price has both by and keys/matrix",
      "use by for one deciding field, or keys + matrix for several, not both",
    );
  } else if (hasBy) {
    const by = readBy(value.by, input, at, fail);
    if (by) tables.by = by;
  } else if (hasMatrix) {
    const keys = readKeys(value.keys, value.matrix, input, at, fail);
    if (keys) {
      tables.keys = keys;
      tables.matrix = readMatrix(
        value.matrix,
        keys,
        0,
        input,
        (...rest) => at("price", "matrix", ...rest),
        fail,
      );
    }
  }
  if (unit === "call") return valid ? { unit, cents: base, ...tables } : undefined;

  const source = value.duration_source;
  if (typeof source !== "string" || !DURATION_SOURCE.test(source)) {
    fail(
      at("price", "duration_source"),
      source === undefined
        ? "a price per second needs duration_source: which output's duration is billed"
        : `duration_source must name an output of the completed task, e.g. videos[0].url, got ${JSON.stringify(source)}`,
      'write duration_source: "videos[0].url" (or "audios[0].audio_url" for audio)',
    );
  }
  return valid ? { unit, cents: base, ...tables, duration_source: source as string } : undefined;
}

function readBy(
  by: unknown,
  input: InputSchema,
  at: At,
  fail: Report,
): Record<string, PriceTable> | undefined {
  if (!isNode(by) || Object.keys(by).length === 0) {
    fail(
      at("price", "by"),
      "price.by must map a parameter to its prices",
      "write by: { output_resolution: { 1k: 14, 2k: 24 } }",
    );
    return undefined;
  }
  const fields = Object.keys(by);
  if (fields.length > 1) {
    // The API's billing_config picks a price by one parameter ({key, overrides}); several nest in a matrix.
    fail(
      at("price", "by"),
      `price.by names ${fields.length} parameters (${fields.join(", ")}); the API's price picks by one`,
      `keep one parameter in by, or price by several with keys: [${fields.join(", ")}] and a matrix`,
    );
  }
  const result: Record<string, PriceTable> = {};
  for (const [field, prices] of Object.entries(by)) {
    const where = (...rest: (string | number)[]) => at("price", "by", field, ...rest);
    if (!pricedField(field, input, where(), fail)) continue;
    if (!isNode(prices) || Object.keys(prices).length === 0) {
      fail(
        where(),
        `prices by ${field} must map each value to cents`,
        `write ${field}: { <value>: <cents> }`,
      );
      continue;
    }
    for (const [option, amount] of Object.entries(prices)) {
      checkOption(field, option, input, false, where(option), fail);
      checkLeaf(field, option, amount, where(option), fail);
    }
    checkRanges(field, Object.keys(prices), where(), fail);
    result[field] = prices as PriceTable;
  }
  return result;
}

function readKeys(
  keys: unknown,
  matrix: unknown,
  input: InputSchema,
  at: At,
  fail: Report,
): string[] | undefined {
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((key) => typeof key === "string")) {
    fail(
      at("price", "keys"),
      `price.keys must list the deciding parameters in the order matrix nests them, got ${JSON.stringify(keys)}`,
      "write keys: [duration_seconds, output_resolution] next to the matrix",
    );
    return undefined;
  }
  if (matrix === undefined) {
    fail(
      at("price", "matrix"),
      `price.keys (${keys.join(", ")}) has no matrix`,
      `add matrix: { <${keys[0]} value>: ... } nested in keys order, cents at the leaves`,
    );
    return undefined;
  }
  let valid = true;
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) {
      fail(at("price", "keys", index), `price.keys names ${key} twice`, "name each parameter once");
      valid = false;
    } else if (!pricedField(key, input, at("price", "keys", index), fail)) {
      valid = false;
    }
  });
  return valid ? (keys as string[]) : undefined;
}

/** One level of the matrix: the values of `keys[depth]`, each holding the next level or, at the last, cents. */
function readMatrix(
  node: unknown,
  keys: readonly string[],
  depth: number,
  input: InputSchema,
  at: At,
  fail: Report,
): PriceMatrix {
  const field = keys[depth] as string;
  if (!isNode(node) || Object.keys(node).length === 0) {
    fail(
      at(),
      `this matrix level must map values of ${field} to ${depth === keys.length - 1 ? "cents" : "the next level"}`,
      `write { <${field} value>: ... }, nested in keys order (${keys.join(", ")})`,
    );
    return {};
  }
  const last = depth === keys.length - 1;
  for (const [option, child] of Object.entries(node)) {
    checkOption(field, option, input, true, at(option), fail);
    if (last) {
      if (isNode(child)) {
        fail(
          at(option),
          `the matrix nests deeper than keys (${keys.join(", ")}): ${field} ${option} holds another level`,
          "add the parameter of that level to keys, or put the cents here",
        );
      } else {
        checkLeaf(field, option, child, at(option), fail);
      }
    } else if (!isNode(child)) {
      fail(
        at(option),
        `the matrix is shallower than keys (${keys.join(", ")}): ${field} ${option} holds ${JSON.stringify(child)}, not prices by ${keys[depth + 1]}`,
        `nest the prices by ${keys[depth + 1]} under ${option}, or remove ${keys[depth + 1]} from keys`,
      );
    } else {
      readMatrix(child, keys, depth + 1, input, (...rest) => at(option, ...rest), fail);
    }
  }
  checkRanges(field, Object.keys(node), at(), fail);
  return node as PriceMatrix;
}

/** Whether a price may depend on `field`: the variant has it, and its values have a string form. */
function pricedField(field: string, input: InputSchema, at: string, fail: Report): boolean {
  const property = input.properties?.[field];
  if (!property) {
    const names = Object.keys(input.properties ?? {}).filter((name) => name !== "model");
    fail(
      at,
      `price depends on ${field}, which is not a parameter of this variant`,
      `name a parameter from the variant's properties (${names.join(", ")})`,
    );
    return false;
  }
  const type = property.type ?? (property.const === undefined ? undefined : typeof property.const);
  if (!type || !PRICED_TYPES.includes(type)) {
    fail(
      at,
      `price depends on ${field}, ${type ? `an ${type}` : "a field without a type"}: prices are picked by a string, number, integer or boolean value`,
      `price by a scalar parameter instead of ${field}`,
    );
    return false;
  }
  return true;
}

/** A key of a price table: a value the field accepts, a range `a-b` on a numeric field, or `any` in a matrix. */
function checkOption(
  field: string,
  option: string,
  input: InputSchema,
  inMatrix: boolean,
  at: string,
  fail: Report,
): void {
  const property = input.properties?.[field] ?? {};
  const numeric = property.type === "integer" || property.type === "number";
  if (option === "any") {
    if (!inMatrix) {
      fail(
        at,
        `any is a matrix level; in by, the price when no value of ${field} matches is the rule's cents`,
        "remove the any entry and write its price as cents",
      );
    }
    return;
  }
  const range = RANGE_KEY.exec(option);
  if (range) {
    if (!numeric) {
      fail(
        at,
        `${option} is a range, but ${field} is not a number`,
        `price ranges a-b only on integer or number fields; list the values of ${field} one by one`,
      );
    } else if (Number(range[1]) > Number(range[2])) {
      fail(
        at,
        `the range ${option} ends before it starts`,
        `write it low-high, e.g. ${range[2]}-${range[1]}`,
      );
    }
    return;
  }
  // The schema's own lint reports an enum that is not a list; here it only must not be read as one.
  const accepted = Array.isArray(property.enum)
    ? property.enum
    : property.const === undefined
      ? undefined
      : [property.const];
  if (accepted) {
    if (!accepted.map(String).includes(option)) {
      fail(
        at,
        `${option} is not a value of ${field} (${accepted.join(", ")})`,
        `price only values ${field} accepts`,
      );
    }
  } else if (property.type === "boolean") {
    if (option !== "true" && option !== "false") {
      fail(at, `${option} is not a value of ${field} (true, false)`, 'write the keys "true" and "false"');
    }
  } else if (numeric) {
    const number = Number(option);
    const wrong =
      option.trim() === "" ||
      String(number) !== option ||
      (property.type === "integer" && !Number.isInteger(number)) ||
      (property.minimum !== undefined && number < property.minimum) ||
      (property.maximum !== undefined && number > property.maximum);
    if (wrong) {
      const limits = [property.minimum, property.maximum].map((limit) => limit ?? "…").join("–");
      fail(
        at,
        `${option} is not a value of ${field} (${property.type === "integer" ? "an integer" : "a number"} ${limits})`,
        `write the ${property.type} as it reads, e.g. "6", or a range "1-10"`,
      );
    }
  }
}

function checkLeaf(field: string, option: string, amount: unknown, at: string, fail: Report): void {
  if (!isCents(amount)) {
    fail(
      at,
      `price for ${field} ${option} must be a non-negative number of US cents, got ${JSON.stringify(amount)}`,
      `write ${option}: <cents>, e.g. ${option}: 24`,
    );
  }
}

/** Ranges of one table must not overlap each other or a number listed on its own: a value has one price. */
function checkRanges(field: string, options: string[], at: string, fail: Report): void {
  const spans = options.flatMap((option) => {
    const range = RANGE_KEY.exec(option);
    if (range) return [{ option, low: Number(range[1]), high: Number(range[2]) }];
    const number = Number(option);
    return option.trim() !== "" && Number.isFinite(number) ? [{ option, low: number, high: number }] : [];
  });
  spans.forEach((span, index) => {
    for (const other of spans.slice(index + 1)) {
      if (
        span.low <= other.high &&
        other.low <= span.high &&
        (RANGE_KEY.test(span.option) || RANGE_KEY.test(other.option))
      ) {
        fail(
          at,
          `${field} ${span.option} and ${other.option} overlap: a value would have two prices`,
          "make the ranges of one table disjoint",
        );
      }
    }
  });
}
