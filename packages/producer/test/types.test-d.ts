// Generated from specs/producer.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type ProducerModel, type ProducerModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<ProducerModel>().toEqualTypeOf<"fuzz-0.8" | "fuzz-1.0" | "fuzz-1.0-pro" | "fuzz-1.1" | "fuzz-1.1-pro" | "fuzz-2.0" | "fuzz-2.0-pro" | "fuzz-2.0-raw">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<ProducerModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"fuzz-0.8" | "fuzz-1.0" | "fuzz-1.0-pro" | "fuzz-1.1" | "fuzz-1.1-pro" | "fuzz-2.0" | "fuzz-2.0-pro" | "fuzz-2.0-raw">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// text_to_music: fuzz-0.8
void client.create({"model":"fuzz-0.8","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode is required
void client.create({"model":"fuzz-0.8","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error prompt is required
void client.create({"model":"fuzz-0.8","vocal_mode":"exact_lyrics","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode accepts only exact_lyrics, instrumental
void client.create({"model":"fuzz-0.8","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
expectTypeOf((await client.run({"model":"fuzz-0.8","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).model).toEqualTypeOf<"fuzz-0.8">();
expectTypeOf(client.estimateCost({"model":"fuzz-0.8","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "fuzz-0.8" });
void client.wait("task-id", { model: "fuzz-0.8" });
void client.watch("task-id", { model: "fuzz-0.8" });

// text_to_music: fuzz-1.0
void client.create({"model":"fuzz-1.0","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode is required
void client.create({"model":"fuzz-1.0","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error prompt is required
void client.create({"model":"fuzz-1.0","vocal_mode":"exact_lyrics","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode accepts only exact_lyrics, instrumental
void client.create({"model":"fuzz-1.0","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
expectTypeOf((await client.run({"model":"fuzz-1.0","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).model).toEqualTypeOf<"fuzz-1.0">();
expectTypeOf(client.estimateCost({"model":"fuzz-1.0","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "fuzz-1.0" });
void client.wait("task-id", { model: "fuzz-1.0" });
void client.watch("task-id", { model: "fuzz-1.0" });

// text_to_music: fuzz-1.0-pro
void client.create({"model":"fuzz-1.0-pro","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode is required
void client.create({"model":"fuzz-1.0-pro","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error prompt is required
void client.create({"model":"fuzz-1.0-pro","vocal_mode":"exact_lyrics","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode accepts only exact_lyrics, instrumental
void client.create({"model":"fuzz-1.0-pro","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
expectTypeOf((await client.run({"model":"fuzz-1.0-pro","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).model).toEqualTypeOf<"fuzz-1.0-pro">();
expectTypeOf(client.estimateCost({"model":"fuzz-1.0-pro","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "fuzz-1.0-pro" });
void client.wait("task-id", { model: "fuzz-1.0-pro" });
void client.watch("task-id", { model: "fuzz-1.0-pro" });

// text_to_music: fuzz-1.1
void client.create({"model":"fuzz-1.1","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode is required
void client.create({"model":"fuzz-1.1","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error prompt is required
void client.create({"model":"fuzz-1.1","vocal_mode":"exact_lyrics","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode accepts only exact_lyrics, instrumental
void client.create({"model":"fuzz-1.1","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
expectTypeOf((await client.run({"model":"fuzz-1.1","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).model).toEqualTypeOf<"fuzz-1.1">();
expectTypeOf(client.estimateCost({"model":"fuzz-1.1","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "fuzz-1.1" });
void client.wait("task-id", { model: "fuzz-1.1" });
void client.watch("task-id", { model: "fuzz-1.1" });

// text_to_music: fuzz-1.1-pro
void client.create({"model":"fuzz-1.1-pro","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode is required
void client.create({"model":"fuzz-1.1-pro","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error prompt is required
void client.create({"model":"fuzz-1.1-pro","vocal_mode":"exact_lyrics","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode accepts only exact_lyrics, instrumental
void client.create({"model":"fuzz-1.1-pro","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
expectTypeOf((await client.run({"model":"fuzz-1.1-pro","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).model).toEqualTypeOf<"fuzz-1.1-pro">();
expectTypeOf(client.estimateCost({"model":"fuzz-1.1-pro","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "fuzz-1.1-pro" });
void client.wait("task-id", { model: "fuzz-1.1-pro" });
void client.watch("task-id", { model: "fuzz-1.1-pro" });

// text_to_music: fuzz-2.0
void client.create({"model":"fuzz-2.0","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode is required
void client.create({"model":"fuzz-2.0","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error prompt is required
void client.create({"model":"fuzz-2.0","vocal_mode":"exact_lyrics","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode accepts only exact_lyrics, instrumental
void client.create({"model":"fuzz-2.0","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
expectTypeOf((await client.run({"model":"fuzz-2.0","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).model).toEqualTypeOf<"fuzz-2.0">();
expectTypeOf(client.estimateCost({"model":"fuzz-2.0","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "fuzz-2.0" });
void client.wait("task-id", { model: "fuzz-2.0" });
void client.watch("task-id", { model: "fuzz-2.0" });

// text_to_music: fuzz-2.0-pro
void client.create({"model":"fuzz-2.0-pro","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode is required
void client.create({"model":"fuzz-2.0-pro","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error prompt is required
void client.create({"model":"fuzz-2.0-pro","vocal_mode":"exact_lyrics","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode accepts only exact_lyrics, instrumental
void client.create({"model":"fuzz-2.0-pro","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
expectTypeOf((await client.run({"model":"fuzz-2.0-pro","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).model).toEqualTypeOf<"fuzz-2.0-pro">();
expectTypeOf(client.estimateCost({"model":"fuzz-2.0-pro","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "fuzz-2.0-pro" });
void client.wait("task-id", { model: "fuzz-2.0-pro" });
void client.watch("task-id", { model: "fuzz-2.0-pro" });

// text_to_music: fuzz-2.0-raw
void client.create({"model":"fuzz-2.0-raw","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode is required
void client.create({"model":"fuzz-2.0-raw","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error prompt is required
void client.create({"model":"fuzz-2.0-raw","vocal_mode":"exact_lyrics","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
// @ts-expect-error vocal_mode accepts only exact_lyrics, instrumental
void client.create({"model":"fuzz-2.0-raw","vocal_mode":"not-a-listed-value","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"});
expectTypeOf((await client.run({"model":"fuzz-2.0-raw","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).model).toEqualTypeOf<"fuzz-2.0-raw">();
expectTypeOf(client.estimateCost({"model":"fuzz-2.0-raw","vocal_mode":"exact_lyrics","prompt":"An upbeat acoustic pop song about a summer road trip","lyrics":"[Verse]\nMorning light across the room\n[Chorus]\nWe sing along"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "fuzz-2.0-raw" });
void client.wait("task-id", { model: "fuzz-2.0-raw" });
void client.watch("task-id", { model: "fuzz-2.0-raw" });

// text_to_music: reading its tasks
void client.textToMusic.get("task-id");
void client.textToMusic.wait("task-id");
void client.textToMusic.watch("task-id");
