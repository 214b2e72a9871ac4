import type { InputSchema } from "../../packages/core/src/index.ts";
import {
  type ActionModel,
  type FamilyModel,
  ruleBreaks,
  ruleIssues,
  type VariantModel,
} from "../../packages/spec/src/index.ts";
import { codeHeader } from "./header.ts";
import { actionProperty, answersAtOnce, callerOf } from "./render-variants.ts";

/**
 * `test/<family>.test.ts`: each variant's example sent through the emulator with create, get, wait and run, on
 * its action's client (`client.textToImage`); the client's own calls for a model id that names one variant.
 */
export function renderEndToEndTest(family: FamilyModel): string {
  const cases = family.actions.flatMap((action) =>
    action.variants.map(
      (variant) =>
        `  {\n    name: ${JSON.stringify(`${action.name} ${variant.takesModel ? variant.model : "(no model)"}`)},\n` +
        `    action: ${JSON.stringify(actionProperty(action.name))},\n    sync: ${variant.task === "sync"},\n` +
        `    output: ${JSON.stringify(variant.output)},\n    params: ${JSON.stringify(variant.example)},\n` +
        `    invalid: ${JSON.stringify(invalidExample(variant))},\n` +
        `    invalidPaths: ${JSON.stringify(invalidPaths(variant))},\n  },`,
    ),
  );
  const T = family.typeName;
  const firstAction = family.actions[0] as ActionModel;
  const first = firstAction.variants[0] as VariantModel;
  // One table row per variant, one body for all of them: the file grows by a few lines per variant.
  const blocks = [
    `/** Each variant's example, and a broken copy of it with the fields the SDK must name. */
const cases: Case[] = [
${cases.join("\n")}
];

describe.each(cases)("$name", ({ action, sync, output, params, invalid, invalidPaths }) => {
  const api = () => actionOf(action);

  it("creates, reads and waits for a task, whose output downloads", async () => {
    const task = await api().create(params);
    expect(task.status).toBe(sync ? "completed" : "processing");
    if (typeof params.model === "string") expect(task.model).toBe(params.model);
    const sent = emulator.requests.at(-1);
    expect(sent?.body).toEqual(params);
    expect(sent?.headers["idempotency-key"]).toBeTruthy();
    if (!sync) {
      expect((await api().get(task)).id).toBe(task.id);
      expect((await api().get(task.id)).id).toBe(task.id);
    }
    const seen: string[] = [];
    const done = await api().wait(task, { minDelay: 20, onProgress: (t) => seen.push(t.status) });
    expect(done.status).toBe("completed");
    expect(seen.at(-1) ?? done.status).toBe("completed");
    await expectOutput(done as Finished, output);
  });

  it("runs a task and is charged what the price rule says", async () => {
    const done = (await api().run(params, { minDelay: 20 })) as Finished;
    expect(done.status).toBe("completed");
    const charged = done.billing?.settlement?.charged_amount_cents;
    const estimate = api().estimateCost(params);
    if (estimate.kind === "exact") expect(charged).toBe(estimate.cents);
    if (estimate.kind === "unknown") expect(charged).toBe(0);
    expect(charged).toBe((await api().quote(params)).reservation_amount_cents);
  });

  it("refuses an invalid request before sending, with every problem, worded as the API words them", async () => {
    const before = emulator.requests.length;
    const error = await api().create(invalid as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const { issues, message } = error as ValidationError;
    expect(issues.map((issue) => issue.path)).toEqual(invalidPaths);
    expect(emulator.requests.length).toBe(before);

    const answer = await fetch(\`\${emulator.url}\${api().variants[0]?.path}\`, {
      method: "POST",
      headers: { authorization: \`Bearer \${emulator.apiKey}\`, "content-type": "application/json" },
      body: JSON.stringify(invalid),
    });
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toBe(message);
  });

  it("raises TaskFailedError with the task id and its error when the task fails", async () => {
    emulator.failNextTask("the provider rejected the request");
    const failure = await api().run(params, { minDelay: 20 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TaskFailedError);
    expect((failure as TaskFailedError).taskId).toMatch(/\\S/);
    expect((failure as TaskFailedError).taskError).toBe("the provider rejected the request");
  });
});
`,
  ];
  const ruleBlock = renderRuleCases(family);
  if (ruleBlock) blocks.push(ruleBlock);
  const firstPath = firstAction.path;
  const uniques = family.actions.flatMap((action) =>
    action.variants.filter((variant) => callerOf(family, action, variant) === "client."),
  );
  const topLevel = uniques[0]
    ? `
describe("the client's own calls", () => {
  it("create and run a model id that names one variant, without naming its action", async () => {
    const params: ${T}Params<${JSON.stringify(uniques[0].model)}> = ${JSON.stringify(uniques[0].example)};
    const task = await client.create(params);
    expect(task.model).toBe(params.model);
    const done = await client.wait(task, { minDelay: 20 });
    expect(done.status).toBe("completed");
  });
});
`
    : "";
  const retries = `describe("retries", () => {
  const api = () => client.${actionProperty(firstAction.name)};
  const params: Parameters<RunAPI[${JSON.stringify(actionProperty(firstAction.name))}]["create"]>[0] = ${JSON.stringify(first.example)};

  it("retries a create whose answer was lost, with the same Idempotency-Key, and makes one task", async () => {
    const before = emulator.tasksCreated();
    emulator.faults.add({ route: "POST ${firstPath}", fault: { kind: "reset-after" } });
    const task = await api().create(params);
    expect(task.task_replayed).toBe(true);
    expect(emulator.tasksCreated()).toBe(before + 1);
    const [lost, retried] = emulator.requests.slice(-2);
    expect(lost?.fault).toBe("reset-after");
    expect(retried?.headers["idempotency-key"]).toBe(lost?.headers["idempotency-key"]);
  });

  it("keeps an Idempotency-Key the caller chose, and the API answers the same task for it", async () => {
    const first = await api().create(params, { idempotencyKey: "order-42" });
    const again = await api().create(params, { idempotencyKey: "order-42" });
    expect(emulator.requests.at(-1)?.headers["idempotency-key"]).toBe("order-42");
    expect(again.id).toBe(first.id);
    expect(again.task_replayed).toBe(true);
  });

  it("retries 503 and 429 answers, then succeeds", async () => {
    emulator.faults.add({ route: "POST ${firstPath}", fault: { kind: "status", status: 503, retryAfter: "0" } });
    emulator.faults.add({ route: "POST ${firstPath}", fault: { kind: "status", status: 429, retryAfterMs: 1 } });
    const task = await api().create(params);
    expect(task.id).toMatch(/\\S/);
    expect(emulator.requests.slice(-3).map((request) => request.fault)).toEqual(["status", "status", undefined]);
  });
});
`;
  return `${codeHeader(family)}import { type Emulator, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActionClient,
  type ActionShape,${
    uniques[0]
      ? `
  type ${T}Params,`
      : ""
  }
  RunAPI,
  TaskFailedError,
  ValidationError,
} from "../src/index.js";

let emulator: Emulator;
let client: RunAPI;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, taskDurationMs: 60 });
  client = new RunAPI({ apiKey: emulator.apiKey, baseURL: emulator.url });
});
afterAll(() => emulator.close());

type Case = {
  name: string;
  action: keyof RunAPI;
  sync: boolean;
  output: "image" | "video" | "audio" | "text";
  params: Record<string, unknown>;
  invalid: Record<string, unknown>;
  invalidPaths: string[];
};
type Finished = {
  status: string;
  images?: { url: string }[];
  videos?: { url: string }[];
  audios?: { audio_url: string }[];
  texts?: { text: string }[];
  billing?: { settlement?: { charged_amount_cents?: number } | null } | null;
};

/** An action's client, typed loosely: the table holds every action's examples side by side. */
const actionOf = (action: keyof RunAPI | string) =>
  (client as unknown as Record<string, ActionClient<ActionShape & { params: Record<string, unknown> }>>)[action as string]!;

/** A finished task holds its output; a file output answers with real bytes of its kind. */
async function expectOutput(done: Finished, output: Case["output"]) {
  if (output === "text") {
    expect(done.texts?.[0]?.text).toEqual(expect.any(String));
    return;
  }
  const url = output === "image" ? done.images?.[0]?.url : output === "video" ? done.videos?.[0]?.url : done.audios?.[0]?.audio_url;
  expect(url).toMatch(/^http/);
  const response = await fetch(url as string);
  expect(response.ok).toBe(true);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  expect(magic).toBe(output === "image" ? "\\x89PNG" : "RIFF");
}

${blocks.join("\n")}${topLevel}
${retries}`;
}

/**
 * `test/types.test-d.ts`, checked by \`tsc\`: the model ids are exactly the spec's, each variant's example
 * compiles, and a missing required field, a field of another variant or a wrong enum value does not.
 */
export function renderTypeTest(family: FamilyModel): string {
  const fieldsOf = (variants: VariantModel[]) => {
    const fields = new Map<string, InputSchema>();
    for (const variant of variants) {
      for (const [name, schema] of Object.entries(variant.input.properties ?? {})) {
        if (!fields.has(name)) fields.set(name, schema);
      }
    }
    return fields;
  };
  // Fields of the other variants a call could take: a variant's own params refuse them.
  const familyFields = fieldsOf(variantsOf(family));
  const checks = family.actions.flatMap((action) => {
    const variants = action.variants;
    const actionFields = fieldsOf(variants);
    return variants.flatMap((variant) => {
      const call = `${callerOf(family, action, variant)}create`;
      const allFields = call === "client.create" ? familyFields : actionFields;
      const { example, input } = variant;
      const properties = input.properties ?? {};
      const lines = [`// ${action.name}: ${variant.model}`, `void ${call}(${JSON.stringify(example)});`];
      for (const field of input.required ?? []) {
        if (field === "model") continue;
        const { [field]: _omitted, ...rest } = example;
        lines.push(`// @ts-expect-error ${field} is required`, `void ${call}(${JSON.stringify(rest)});`);
      }
      for (const [field, schema] of allFields) {
        if (field in properties) continue;
        const value = JSON.stringify({ ...example, [field]: sampleValue(schema) });
        lines.push(
          `// @ts-expect-error ${field} is not a parameter of ${variant.model}`,
          `void ${call}(${value});`,
        );
      }
      for (const [field, schema] of Object.entries(properties)) {
        if (!schema.enum || field === "model") continue;
        const value = JSON.stringify({ ...example, [field]: "not-a-listed-value" });
        lines.push(
          `// @ts-expect-error ${field} accepts only ${schema.enum.join(", ")}`,
          `void ${call}(${value});`,
        );
      }
      lines.push(...localFileChecks(variant, call));
      lines.push(
        ...narrowedEnumChecks(variant, call === "client.create" ? variantsOf(family) : variants, call),
      );
      if (call === "client.create") {
        lines.push(
          `expectTypeOf((await client.run(${JSON.stringify(example)})).model).toEqualTypeOf<${JSON.stringify(variant.model)}>();`,
          ...readChecks("client.", variant.task === "sync", variant.model),
        );
      }
      return [...lines, ""];
    });
  });
  const actionReads = family.actions.flatMap((action) => [
    `// ${action.name}: reading its tasks`,
    ...readChecks(`client.${actionProperty(action.name)}.`, answersAtOnce(action)),
    "",
  ]);
  const uniques = family.actions.flatMap((action) =>
    action.variants.filter((variant) => callerOf(family, action, variant) === "client."),
  );
  const union = uniques.map((variant) => JSON.stringify(variant.model)).join(" | ") || "never";
  return `${codeHeader(family)}import { expectTypeOf } from "vitest";
import { type CallbackOf, parseCallback, type ${family.typeName}Model, type ${family.typeName}Models, type RunAPI } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<${family.typeName}Model>().toEqualTypeOf<${union}>();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<${family.typeName}Models>>();
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

${checks.join("\n")}
${actionReads.join("\n")}`;
}

/**
 * A task is read by id with get, wait and watch; a synchronous variant's result has no task to read, so only
 * the result itself may be waited on (it is answered as it is).
 */
function readChecks(caller: string, sync: boolean, model?: string): string[] {
  const byId = (method: string) =>
    `void ${caller}${method}("task-id"${model === undefined ? "" : `, { model: ${JSON.stringify(model)} }`});`;
  const reads = ["get", "wait", "watch"].map(byId);
  if (!sync) return reads;
  const result = `{ id: "task-id", status: "completed"${model === undefined ? "" : `, model: ${JSON.stringify(model)}`} }`;
  return [
    ...reads.flatMap((line) => ["// @ts-expect-error a synchronous result has no task to read by id", line]),
    `void ${caller}wait(${result});`,
  ];
}

/** A file field takes a local file (a Blob here); a field that takes text does not. */
function localFileChecks({ example, input }: VariantModel, call: string): string[] {
  const properties = Object.entries(input.properties ?? {});
  const [field, schema] = properties.find(([, property]) => property.file) ?? [];
  if (!field || !schema) return [];
  const local = schema.type === "array" ? '[new Blob(["local file"])]' : 'new Blob(["local file"])';
  const lines = [`void ${call}({ ...${JSON.stringify(example)}, ${JSON.stringify(field)}: ${local} });`];
  const [text] =
    properties.find(([name, property]) => property.type === "string" && !property.file && name !== "model") ??
    [];
  if (text) {
    lines.push(
      `// @ts-expect-error ${text} does not take a local file`,
      `void ${call}({ ...${JSON.stringify(example)}, ${JSON.stringify(text)}: new Blob(["local file"]) });`,
    );
  }
  return lines;
}

/**
 * A value another variant's field of the same name accepts but this one's does not (a rule on the model folded
 * into the variant's schema narrows its enum): the types refuse it too.
 */
function narrowedEnumChecks(
  { example, input, model }: VariantModel,
  variants: VariantModel[],
  call: string,
): string[] {
  return Object.entries(input.properties ?? {}).flatMap(([field, schema]) => {
    if (!schema.enum || field === "model") return [];
    const own = schema.enum;
    const wider = variants.flatMap((other) => other.input.properties?.[field]?.enum ?? []);
    const value = wider.find((candidate) => !own.includes(candidate));
    if (value === undefined) return [];
    return [
      `// @ts-expect-error ${field} of ${model} is one of ${own.join(", ")}, not ${String(value)}`,
      `void ${call}(${JSON.stringify({ ...example, [field]: value })});`,
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
          `  {\n    rule: ${JSON.stringify(`${variant.model} allOf/${rule}`)},\n    action: ${JSON.stringify(actionProperty(action.name))},\n    path: ${JSON.stringify(action.path)},\n` +
          `    body: ${JSON.stringify(body)},\n    issues: ${JSON.stringify(issues)},\n  },`,
      );
    }),
  );
  if (rows.length === 0) return undefined;
  return `/** Each cross-field rule of each variant, broken; \`issues\` are what both validators must report, in order. */
const ruleCases: { rule: string; action: string; path: string; body: Record<string, unknown>; issues: { path: string; message: string }[] }[] = [
${rows.join("\n")}
];

describe.each(ruleCases)("$rule", ({ action, path, body, issues }) => {
  it("is refused before sending, and by the emulator, with the rule's message", async () => {
    const before = emulator.requests.length;
    const error = await actionOf(action).create(body).catch((e: unknown) => e);
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
