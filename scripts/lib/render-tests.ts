import type { InputSchema } from "../../packages/core/src/variant.ts";
import { ruleBreaks, ruleIssues } from "./break-rules.ts";
import type { FamilyModel, VariantModel } from "./family-model.ts";
import { codeHeader, outputAccess } from "./header.ts";

/** `test/<family>.test.ts`: each variant's example sent through the emulator with create, get, wait and run. */
export function renderEndToEndTest(family: FamilyModel): string {
  const output = outputAccess(family.modality);
  const cases = variantsOf(family).map(
    (variant) =>
      `  {\n    params: ${JSON.stringify(variant.example)},\n    invalid: ${JSON.stringify(invalidExample(variant))},\n` +
      `    invalidPaths: ${JSON.stringify(invalidPaths(variant))},\n  },`,
  );
  const T = family.typeName;
  // One table row per variant, one body for all of them: the file grows by a few lines per variant.
  const blocks = [
    `/** Each variant's example, and a broken copy of it with the fields the SDK must name. */
type Case = { [M in ${T}Model]: { params: ${T}Params<M>; invalid: Record<string, unknown>; invalidPaths: string[] } }[${T}Model];
const cases: Case[] = [
${cases.join("\n")}
];

describe.each(cases)("$params.model", ({ params, invalid, invalidPaths }) => {
  it("creates, reads and waits for a task, whose output downloads", async () => {
    const task = await client.create(params);
    expect(task).toMatchObject({ model: params.model, status: "processing" });
    const sent = emulator.requests.at(-1);
    expect(sent?.body).toEqual(params);
    expect(sent?.headers["idempotency-key"]).toBeTruthy();

    expect((await client.get(task)).id).toBe(task.id);
    expect((await client.get(task.id, { model: params.model })).id).toBe(task.id);

    const seen: string[] = [];
    const done = await client.wait(task, { minDelay: 20, onProgress: (t) => seen.push(t.status) });
    expect(done.status).toBe("completed");
    expect(seen.at(-1)).toBe("completed");
    await expectDownload(done.${output.url});
  });

  it("runs a task and is charged what estimateCost says", async () => {
    const done = await client.run(params, { minDelay: 20 });
    expect(done.status).toBe("completed");
    expect(done.billing?.settlement?.charged_amount_cents).toBe(client.estimateCost(params).cents);
  });

  it("refuses an invalid request before sending, with every problem, worded as the API words them", async () => {
    const before = emulator.requests.length;
    const error = await client.create(invalid as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const { issues, message } = error as ValidationError;
    expect(issues.map((issue) => issue.path)).toEqual(invalidPaths);
    expect(emulator.requests.length).toBe(before);

    const answer = await fetch(\`\${emulator.url}\${client.variants.find((v) => v.model === params.model)?.path}\`, {
      method: "POST",
      headers: { authorization: \`Bearer \${emulator.apiKey}\`, "content-type": "application/json" },
      body: JSON.stringify(invalid),
    });
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toBe(message);
  });

  it("raises TaskFailedError with the task id and its error when the task fails", async () => {
    emulator.failNextTask("the provider rejected the request");
    const failure = await client.run(params, { minDelay: 20 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TaskFailedError);
    expect((failure as TaskFailedError).taskId).toMatch(/\\S/);
    expect((failure as TaskFailedError).taskError).toBe("the provider rejected the request");
  });
});
`,
  ];
  const ruleBlock = renderRuleCases(family);
  if (ruleBlock) blocks.push(ruleBlock);
  const first = variantsOf(family)[0] as VariantModel;
  const firstPath = family.actions.find((action) => action.variants.includes(first))?.path;
  const retries = `describe("retries", () => {
  const params: ${family.typeName}Params<${JSON.stringify(first.model)}> = ${JSON.stringify(first.example)};

  it("retries a create whose answer was lost, with the same Idempotency-Key, and makes one task", async () => {
    const before = emulator.tasksCreated();
    emulator.faults.add({ route: "POST ${firstPath}", fault: { kind: "reset-after" } });
    const task = await client.create(params);
    expect(task.task_replayed).toBe(true);
    expect(emulator.tasksCreated()).toBe(before + 1);
    const [lost, retried] = emulator.requests.slice(-2);
    expect(lost?.fault).toBe("reset-after");
    expect(retried?.headers["idempotency-key"]).toBe(lost?.headers["idempotency-key"]);
  });

  it("keeps an Idempotency-Key the caller chose, and the API answers the same task for it", async () => {
    const first = await client.create(params, { idempotencyKey: "order-42" });
    const again = await client.create(params, { idempotencyKey: "order-42" });
    expect(emulator.requests.at(-1)?.headers["idempotency-key"]).toBe("order-42");
    expect(again.id).toBe(first.id);
    expect(again.task_replayed).toBe(true);
  });

  it("retries 503 and 429 answers, then succeeds", async () => {
    emulator.faults.add({ route: "POST ${firstPath}", fault: { kind: "status", status: 503, retryAfter: "0" } });
    emulator.faults.add({ route: "POST ${firstPath}", fault: { kind: "status", status: 429, retryAfterMs: 1 } });
    const task = await client.create(params);
    expect(task.id).toMatch(/\\S/);
    expect(emulator.requests.slice(-3).map((request) => request.fault)).toEqual(["status", "status", undefined]);
  });
});
`;
  return `${codeHeader(family)}import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ${family.typeName}Model, type ${family.typeName}Params, RunAPI, TaskFailedError, ValidationError } from "../src/index.js";

let emulator: Emulator;
let client: RunAPI;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskDurationMs: 60 });
  client = new RunAPI({ apiKey: emulator.apiKey, baseURL: emulator.url });
});
afterAll(() => emulator.close());

/** The output URL answers with real file bytes. */
async function expectDownload(url: string | undefined) {
  expect(url).toMatch(/^http/);
  const response = await fetch(url as string);
  expect(response.ok).toBe(true);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(bytes.byteLength).toBeGreaterThan(8);${
    family.modality === "image"
      ? `\n  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);`
      : ""
  }
}

${blocks.join("\n")}
${retries}`;
}

/**
 * `test/types.test-d.ts`, checked by \`tsc\`: the model ids are exactly the spec's, each variant's example
 * compiles, and a missing required field, a field of another variant or a wrong enum value does not.
 */
export function renderTypeTest(family: FamilyModel): string {
  const variants = variantsOf(family);
  const allFields = new Map<string, InputSchema>();
  for (const variant of variants) {
    for (const [name, schema] of Object.entries(variant.input.properties ?? {})) {
      if (!allFields.has(name)) allFields.set(name, schema);
    }
  }
  const checks = variants.flatMap((variant) => {
    const { example, input } = variant;
    const properties = input.properties ?? {};
    const lines = [`// ${variant.model}`, `void client.create(${JSON.stringify(example)});`];
    for (const field of input.required ?? []) {
      if (field === "model") continue;
      const { [field]: _omitted, ...rest } = example;
      lines.push(`// @ts-expect-error ${field} is required`, `void client.create(${JSON.stringify(rest)});`);
    }
    for (const [field, schema] of allFields) {
      if (field in properties) continue;
      const value = JSON.stringify({ ...example, [field]: sampleValue(schema) });
      lines.push(
        `// @ts-expect-error ${field} is not a parameter of ${variant.model}`,
        `void client.create(${value});`,
      );
    }
    for (const [field, schema] of Object.entries(properties)) {
      if (!schema.enum || field === "model") continue;
      const value = JSON.stringify({ ...example, [field]: "not-a-listed-value" });
      lines.push(
        `// @ts-expect-error ${field} accepts only ${schema.enum.join(", ")}`,
        `void client.create(${value});`,
      );
    }
    lines.push(...localFileChecks(variant));
    lines.push(...narrowedEnumChecks(variant, variants));
    lines.push(
      `expectTypeOf((await client.run(${JSON.stringify(example)})).model).toEqualTypeOf<${JSON.stringify(variant.model)}>();`,
    );
    return [...lines, ""];
  });
  const union = variants.map((variant) => JSON.stringify(variant.model)).join(" | ");
  return `${codeHeader(family)}import { expectTypeOf } from "vitest";
import type { ${family.typeName}Model, RunAPI } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<${family.typeName}Model>().toEqualTypeOf<${union}>();
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

${checks.join("\n")}`;
}

/** A file field takes a local file (a Blob here); a field that takes text does not. */
function localFileChecks({ example, input }: VariantModel): string[] {
  const properties = Object.entries(input.properties ?? {});
  const [field, schema] = properties.find(([, property]) => property.file) ?? [];
  if (!field || !schema) return [];
  const local = schema.type === "array" ? '[new Blob(["local file"])]' : 'new Blob(["local file"])';
  const lines = [
    `void client.create({ ...${JSON.stringify(example)}, ${JSON.stringify(field)}: ${local} });`,
  ];
  const [text] =
    properties.find(([name, property]) => property.type === "string" && !property.file && name !== "model") ??
    [];
  if (text) {
    lines.push(
      `// @ts-expect-error ${text} does not take a local file`,
      `void client.create({ ...${JSON.stringify(example)}, ${JSON.stringify(text)}: new Blob(["local file"]) });`,
    );
  }
  return lines;
}

/**
 * A value another variant's field of the same name accepts but this one's does not (a rule on the model folded
 * into the variant's schema narrows its enum): the types refuse it too.
 */
function narrowedEnumChecks({ example, input, model }: VariantModel, variants: VariantModel[]): string[] {
  return Object.entries(input.properties ?? {}).flatMap(([field, schema]) => {
    if (!schema.enum || field === "model") return [];
    const own = schema.enum;
    const wider = variants.flatMap((other) => other.input.properties?.[field]?.enum ?? []);
    const value = wider.find((candidate) => !own.includes(candidate));
    if (value === undefined) return [];
    return [
      `// @ts-expect-error ${field} of ${model} is one of ${own.join(", ")}, not ${String(value)}`,
      `void client.create(${JSON.stringify({ ...example, [field]: value })});`,
    ];
  });
}

/** The example without its required fields and with a field no variant has. */
function invalidExample(variant: VariantModel): Record<string, unknown> {
  const invalid: Record<string, unknown> = { ...variant.example, not_a_parameter: true };
  for (const field of variant.input.required ?? []) if (field !== "model") delete invalid[field];
  return invalid;
}

function invalidPaths(variant: VariantModel): string[] {
  const paths = [...(variant.input.required ?? []).filter((field) => field !== "model"), "not_a_parameter"];
  // Leaving fields out can make a cross-field rule speak too; a field is named once.
  const invalid = invalidExample(variant);
  for (const rule of variant.input.rules ?? []) {
    for (const { path } of ruleIssues(rule, invalid)) if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

/**
 * One row per way of breaking each cross-field rule of each variant (see break-rules.ts): the SDK must refuse
 * it before sending with exactly these problems, and the emulator, sent the same body raw, the same.
 */
function renderRuleCases(family: FamilyModel): string | undefined {
  const rows = family.actions.flatMap((action) =>
    action.variants.flatMap((variant) => {
      const { breaks, unbreakable } = ruleBreaks(variant.input, variant.example, variant.model);
      if (unbreakable.length > 0) {
        throw new Error(
          `${family.file}: ${variant.schemaName}/allOf/${unbreakable[0]?.rule}: ${unbreakable[0]?.reason}`,
        );
      }
      return breaks.map(
        ({ rule, body, issues }) =>
          `  {\n    rule: ${JSON.stringify(`${variant.model} allOf/${rule}`)},\n    path: ${JSON.stringify(action.path)},\n` +
          `    body: ${JSON.stringify(body)},\n    issues: ${JSON.stringify(issues)},\n  },`,
      );
    }),
  );
  if (rows.length === 0) return undefined;
  return `/** Each cross-field rule of each variant, broken; \`issues\` are what both validators must report, in order. */
const ruleCases: { rule: string; path: string; body: Record<string, unknown>; issues: { path: string; message: string }[] }[] = [
${rows.join("\n")}
];

describe.each(ruleCases)("$rule", ({ path, body, issues }) => {
  it("is refused before sending, and by the emulator, with the rule's message", async () => {
    const before = emulator.requests.length;
    const error = await client.create(body as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual(issues);
    expect((error as ValidationError).message).toBe(issues[0]?.message);
    expect(emulator.requests.length).toBe(before);

    const answer = await fetch(\`\${emulator.url}\${path}\`, {
      method: "POST",
      headers: { authorization: \`Bearer \${emulator.apiKey}\`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect([400, 422]).toContain(answer.status);
    const refusal = ((await answer.json()) as { error: { message: string; details: unknown } }).error;
    expect(refusal.message).toBe(issues[0]?.message);
    expect(refusal.details).toEqual(issues);
  });
});
`;
}

function variantsOf(family: FamilyModel): VariantModel[] {
  return family.actions.flatMap((action) => action.variants);
}

/** A value a schema accepts, to show that a field is refused for its name, not its value. */
function sampleValue(schema: InputSchema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sampleValue(schema.items ?? {}));
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "object":
      return {};
    default:
      return schema.pattern?.includes("http")
        ? "https://example.com/file"
        : "x".repeat(Math.max(1, schema.minLength ?? 1));
  }
}
