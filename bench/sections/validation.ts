import { catalog } from "@runapi.ai/flux-2";
import { Ajv2020 } from "ajv/dist/2020.js";
import { validateInput } from "../../packages/core/src/index.ts";
import type { Row, SectionResult } from "../lib/report.ts";
import { summarize } from "../lib/stats.ts";

const MODEL = "flux-2-flex-image-to-image";
const INPUTS = {
  "a valid request": {
    model: MODEL,
    prompt: "Turn the photo into a watercolor",
    source_image_urls: ["https://example.com/photo.jpg", "https://example.com/sky.jpg"],
    aspect_ratio: "auto",
    output_resolution: "2k",
  },
  "an invalid request (3 problems)": {
    model: MODEL,
    prompt: "no",
    source_image_urls: ["ftp://example.com/photo.jpg"],
    colour: "red",
  },
};

/** Calls per second of `validate`, counted over `ms` milliseconds. */
function throughput(validate: () => unknown, ms: number): number {
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 1000; i++) validate();
    calls += 1000;
    elapsed = performance.now() - started;
  }
  return (calls / elapsed) * 1000;
}

/**
 * 7. Validated creates per second for one Flux 2 variant: core's validateInput on the variant's input schema
 * from the catalog, against Ajv compiled on the same schema (every error, as ours reports every problem).
 */
export async function validationSection(runs = 7, ms = 250): Promise<SectionResult> {
  const variant = catalog.variants.find((candidate) => candidate.model === MODEL);
  if (!variant) throw new Error(`${MODEL} is not in the Flux 2 catalog`);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const compiled = ajv.compile(variant.input as object);
  const rows: Row[] = [];
  for (const [label, input] of Object.entries(INPUTS)) {
    const subjects: Record<string, () => unknown> = {
      "Ajv (compiled)": () => compiled(input),
      "@runapi.ai/core validateInput": () => validateInput(variant.input, input, MODEL),
    };
    // Both must agree before their speed means anything.
    const valid = compiled(input);
    if (valid !== (validateInput(variant.input, input, MODEL).length === 0)) {
      throw new Error(`Ajv and validateInput disagree on ${label}`);
    }
    const rates = new Map<string, number[]>(Object.keys(subjects).map((name) => [name, []]));
    for (const name of Object.keys(subjects)) throughput(subjects[name]!, ms / 2); // warm-up
    for (let run = 0; run < runs; run++) {
      for (const [name, validate] of Object.entries(subjects))
        rates.get(name)?.push(throughput(validate, ms));
    }
    const ajvRate = summarize(rates.get("Ajv (compiled)") ?? []);
    for (const [name, values] of rates) {
      const summary = summarize(values);
      rows.push({
        subject: name,
        metric: label,
        unit: "ops/s",
        summary,
        ...(name.startsWith("Ajv")
          ? {}
          : { ratio: summarize([summary.median / ajvRate.median]), baseline: "of Ajv" }),
      });
    }
  }
  return {
    id: "validation",
    title: "7. Validation throughput — one Flux 2 variant",
    method:
      `Validations per second of ${MODEL}'s input schema from the generated catalog: core's validateInput ` +
      "(an interpreter of the schema, no compile step) against Ajv 2020 compiled once on the same schema with " +
      `allErrors; ${runs} runs of ${ms} ms each after a warm-up. No budget; a create's validation should stay ` +
      "a small share of its request (section 3).",
    rows,
    budgets: [],
  };
}
