/**
 * Type tests, checked by `tsc -p packages/core/test` (never run): what estimateCost answers per price kind, and a
 * parsed callback read, waited on and downloaded like a task the client answered. A line under
 * `@ts-expect-error` must fail to compile, or tsc fails on the directive.
 */
import { expectTypeOf } from "vitest";
import {
  type CallbackOf,
  type CostEstimate,
  type ExactCost,
  parseCallback,
  type RateCost,
  type RunAPIClient,
  type TokenCost,
  type UnknownCost,
} from "../src/index.js";

interface Task {
  id: string;
  status: "pending" | "processing" | "completed" | "failed";
  images?: { url: string }[];
  texts?: { text: string }[];
}
type Variant<Model extends string, Cost extends CostEstimate["kind"]> = {
  params: { model: Model; prompt: string };
  created: Task;
  task: Task;
  cost: Cost;
};

/** A family as `pnpm generate` types it: each model with the kind of its price's estimate. */
type Models = {
  "per-call": Variant<"per-call", "exact">;
  "per-second": Variant<"per-second", "rate">;
  "per-token": Variant<"per-token", "tokens">;
  unpriced: Variant<"unpriced", "unknown">;
  spoken: Variant<"spoken", "exact"> & { sync: true };
};
declare const client: RunAPIClient<Models>;

// estimateCost: an exact price's cents are a number; the other kinds keep their forms.
const exact = client.estimateCost({ model: "per-call", prompt: "a fox" });
expectTypeOf(exact).toEqualTypeOf<ExactCost>();
expectTypeOf(exact.cents).toEqualTypeOf<number>();
const cents: number = exact.cents;
void cents;
expectTypeOf(client.estimateCost({ model: "per-second", prompt: "a fox" })).toEqualTypeOf<RateCost>();
expectTypeOf(client.estimateCost({ model: "per-second", prompt: "a fox" }).cents).toEqualTypeOf<number>();
expectTypeOf(client.estimateCost({ model: "per-token", prompt: "a fox" })).toEqualTypeOf<TokenCost>();
expectTypeOf(client.estimateCost({ model: "unpriced", prompt: "a fox" })).toEqualTypeOf<UnknownCost>();
// @ts-expect-error a price per million tokens has no cents per call
const tokenCents: number = client.estimateCost({ model: "per-token", prompt: "a fox" }).cents;
void tokenCents;
// @ts-expect-error an unpublished price has no cents
const unknownCents: number = client.estimateCost({ model: "unpriced", prompt: "a fox" }).cents;
void unknownCents;
// Parameters of either of two models: either form.
declare const either: { model: "per-call"; prompt: string } | { model: "per-token"; prompt: string };
expectTypeOf(client.estimateCost(either)).toEqualTypeOf<ExactCost | TokenCost>();
// A map that does not say (one written by hand, or before price kinds): any form.
type Unsaid = { plain: { params: { model: "plain" }; created: Task; task: Task } };
declare const unsaid: RunAPIClient<Unsaid>;
expectTypeOf(unsaid.estimateCost({ model: "plain" })).toEqualTypeOf<CostEstimate>();
// An action's client prices any of its variants: any form.
declare const action: import("../src/index.js").ActionClient<{
  params: { model: "per-call"; prompt: string };
  created: Task;
  task: Task;
}>;
expectTypeOf(action.estimateCost({ model: "per-call", prompt: "a fox" })).toEqualTypeOf<CostEstimate>();

// A parsed callback is a task of the family's, with its model: read and waited on by id, or as it is.
const parse: (body: string) => CallbackOf<Models> = parseCallback;
const delivered = parse("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"per-call" | "per-second" | "per-token" | "unpriced">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
void client.watch(delivered.id, { model: delivered.model });
void client.get(delivered);
void client.wait(delivered, { timeout: 60_000 });
// @ts-expect-error read by id alone, a task needs its model
void client.get(delivered.id);
// @ts-expect-error a model of a synchronous variant has no task to read (and delivers no callback)
void client.get(delivered.id, { model: "spoken" });
// Its outputs download, as the client's answers do.
expectTypeOf(delivered.images?.[0]?.download()).toEqualTypeOf<Promise<Uint8Array> | undefined>();
expectTypeOf(delivered.images?.[0]?.download({ as: "stream" })).toEqualTypeOf<
  Promise<ReadableStream<Uint8Array>> | undefined
>();
// @ts-expect-error text is not a file: it has no download()
void delivered.texts?.[0]?.download();
// Narrowed by its model, as any task of the client's.
if (delivered.model === "per-call")
  expectTypeOf(delivered).toEqualTypeOf<Awaited<ReturnType<typeof client.get<"per-call">>>>();
// Untyped, the delivered task's outputs download too.
expectTypeOf(parseCallback("{}").images?.[0]?.download()).toEqualTypeOf<Promise<Uint8Array> | undefined>();
// A family whose every action answers at once takes no callback_url: its result types, downloads included.
type AtOnce = { spoken: Variant<"spoken", "exact"> & { sync: true } };
expectTypeOf<CallbackOf<AtOnce>["images"]>().not.toEqualTypeOf<Task["images"]>();
expectTypeOf<CallbackOf<AtOnce>["id"]>().toEqualTypeOf<string>();
