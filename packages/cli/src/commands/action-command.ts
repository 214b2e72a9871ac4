import { readFile } from "node:fs/promises";
import {
  actionProperty,
  type CostEstimate,
  type PriceQuote,
  ValidationError,
  type Variant,
} from "@runapi.ai/core";
import { fileFromPath } from "@runapi.ai/core/node";
import type { FamilyHelp, FamilyModule } from "@runapi.ai/families";
import type { Command } from "commander";
import { addApiOptions, clientOptions } from "../api-options.js";
import { addFieldFlags, bodyFromFlags, fieldFlags } from "../field-flags.js";
import { addWaitOptions, printTask, waitForTask } from "./task-output.js";

/** Flags of the command itself; a field with one of these names is reached through `--params` only. */
const OWN_FLAGS = new Set([
  "model",
  "params",
  "wait",
  "out",
  "json",
  "timeout",
  "api-key",
  "base-url",
  "help",
]);

export interface ActionContext {
  slug: string;
  family: FamilyModule;
  help: FamilyHelp;
  /** The `--model` the command line names, if any: the help then shows that variant's flags only. */
  model: string | undefined;
}

/** `text_to_image` → `text-to-image`, the command's name (the snake_case name is its alias). */
export function commandName(action: string): string {
  return action.replace(/_/g, "-");
}

/** What an action's command does: create a task, price it offline from the spec, or ask the API for its price. */
export type ActionMode = "create" | "estimate" | "quote";

const DOING: Record<ActionMode, string> = {
  create: "run",
  estimate: "price offline",
  quote: "live price of",
};

/**
 * Adds one subcommand per action of the family to `parent`: each creates a task (or, with `estimate`, prices
 * one offline; with `quote`, asks the API what a create would reserve) from the flags of its variants' fields.
 */
export function addActionCommands(parent: Command, context: ActionContext, mode: ActionMode): void {
  const actions = [...new Set(context.family.catalog.variants.map((variant) => variant.action))];
  for (const action of actions) {
    const all = context.family.catalog.variants.filter((variant) => variant.action === action);
    const chosen = all.filter((variant) => variant.model === context.model);
    const variants = chosen.length > 0 ? chosen : all;
    const models = all.map((variant) => variant.model).filter((model) => model !== undefined);
    const command = parent
      .command(commandName(action))
      .alias(action)
      .description(`${DOING[mode]} ${action}${models.length > 0 ? `: ${models.join(", ")}` : ""}`);
    if (models.length > 0) {
      // Not commander's choices: a wrong model is refused by core with every other problem of the request.
      command.option(
        "--model <id>",
        `(required) the model, one of: ${models.join(", ")}; --model <id> --help shows its flags`,
      );
    }
    const flags = fieldFlags(variants, context.help, OWN_FLAGS);
    command.option(
      "--params <file>",
      "the whole request body as JSON (a file, or - for stdin); flags override it",
    );
    addFieldFlags(command, flags);
    if (mode === "create") {
      addWaitOptions(command.option("--wait", "wait until the task ends, with progress on stderr"), true);
    }
    command.option("--json", "print the result as JSON on stdout");
    addApiOptions(command);
    command.action(async (values: Record<string, any>) => {
      const params = {
        ...(values.params !== undefined ? await readParams(values.params) : {}),
        ...(values.model !== undefined ? { model: values.model } : {}),
        ...bodyFromFlags(flags, values),
      };
      const client = new context.family.RunAPI(clientOptions(values));
      const calls = (client as unknown as Record<string, any>)[actionProperty(action)];
      if (mode === "estimate") {
        const cost = calls.estimateCost(params) as CostEstimate;
        process.stdout.write(values.json ? `${JSON.stringify(cost, null, 2)}\n` : `${costText(cost)}\n`);
        return;
      }
      if (mode === "quote") {
        const quote = (await calls.quote(params)) as PriceQuote;
        process.stdout.write(values.json ? `${JSON.stringify(quote, null, 2)}\n` : `${quoteText(quote)}\n`);
        return;
      }
      const body = await withLocalFiles(params, variantOf(all, params));
      const cost = estimateText(() => calls.estimateCost(params));
      const task = await calls.create(body);
      // A synchronous action answers its result at once: there is no task to wait for.
      if (variantOf(all, params)?.task === "sync") {
        await printTask(task, values);
        return;
      }
      if (!values.wait && values.out === undefined) {
        const model = task.model ?? params.model;
        const wait = [
          "runapi wait",
          task.id,
          "--family",
          context.slug,
          ...(model ? ["--model", model] : ["--action", action]),
        ];
        if (values.baseUrl) wait.push("--base-url", values.baseUrl);
        if (values.json) process.stdout.write(`${JSON.stringify(task, null, 2)}\n`);
        else process.stdout.write(`${task.id}\n`);
        process.stderr.write(`Created. Wait for it with: ${wait.join(" ")}\n`);
        return;
      }
      const done = await waitForTask((options) => calls.wait(task, options), values, cost);
      await printTask(done, values);
    });
  }
}

/** The variant `params` names, or the action's only one. */
function variantOf(variants: readonly Variant[], params: Record<string, unknown>): Variant | undefined {
  return (
    variants.find((variant) => variant.model === params.model) ??
    (variants.length === 1 ? variants[0] : undefined)
  );
}

/** Each local path in a file field (anything but an http(s) or data URL) as a File, which core uploads. */
async function withLocalFiles(
  params: Record<string, any>,
  variant: Variant | undefined,
): Promise<Record<string, unknown>> {
  const body = { ...params };
  for (const [field, schema] of Object.entries(variant?.input.properties ?? {})) {
    if (!schema.file || body[field] === undefined) continue;
    const local = async (value: unknown) =>
      typeof value === "string" && !/^(https?:|data:)/i.test(value) ? fileFromPath(value) : value;
    body[field] = Array.isArray(body[field])
      ? await Promise.all(body[field].map(local))
      : await local(body[field]);
  }
  return body;
}

/** `--params file.json`, or `--params -` for stdin: one JSON object, refused like a bad flag otherwise. */
async function readParams(source: string): Promise<Record<string, unknown>> {
  const refuse = (problem: string) =>
    new ValidationError([{ path: "params", message: `--params ${source} ${problem}` }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(source === "-" ? await readStdin() : await readFile(source, "utf8"));
  } catch (error) {
    throw refuse(
      `cannot be read as JSON (${(error as Error).message}): give a file holding the request body`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw refuse("must hold one JSON object, the request body");
  }
  return parsed as Record<string, unknown>;
}

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/** An estimate in words: `5¢`, `18¢ per second of output`, … */
export function costText(cost: CostEstimate): string {
  if (cost.kind === "exact") return `${cost.cents}¢`;
  if (cost.kind === "rate") return `${cost.cents}¢ per second of output (${cost.note})`;
  if (cost.kind === "tokens")
    return `${cost.inputCentsPerMillion}¢ / 1M input tokens, ${cost.outputCentsPerMillion}¢ / 1M output tokens`;
  return `unknown (${cost.reason})`;
}

/** A live quote in words: `7¢ (parameters; prices as of 2025-01-01T00:00:00Z)`, or why there is no amount. */
export function quoteText(quote: PriceQuote): string {
  const basis = `${quote.estimate_basis}; prices as of ${quote.as_of}`;
  return quote.reservation_amount_cents === null
    ? `not priced yet (${quote.pricing_status}; ${basis})`
    : `${quote.reservation_amount_cents}¢ (${basis})`;
}

function estimateText(estimate: () => CostEstimate): string | undefined {
  try {
    const cost = estimate();
    return cost.kind === "unknown" ? undefined : costText(cost);
  } catch {
    return undefined; // create reports what is wrong with the parameters
  }
}
