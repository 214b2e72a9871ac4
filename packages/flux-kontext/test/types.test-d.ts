// Generated from specs/flux-kontext.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type FluxKontextModel, type FluxKontextModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<FluxKontextModel>().toEqualTypeOf<"flux-kontext-max" | "flux-kontext-pro">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<FluxKontextModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"flux-kontext-max" | "flux-kontext-pro">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// text_to_image: flux-kontext-max
void client.create({"model":"flux-kontext-max","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.create({"model":"flux-kontext-max"});
// @ts-expect-error aspect_ratio accepts only 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
void client.create({"model":"flux-kontext-max","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_format accepts only jpeg, png
void client.create({"model":"flux-kontext-max","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"not-a-listed-value"});
void client.create({ ...{"model":"flux-kontext-max","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"flux-kontext-max","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"flux-kontext-max","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"flux-kontext-max">();
expectTypeOf(client.estimateCost({"model":"flux-kontext-max","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "flux-kontext-max" });
void client.wait("task-id", { model: "flux-kontext-max" });
void client.watch("task-id", { model: "flux-kontext-max" });

// text_to_image: flux-kontext-pro
void client.create({"model":"flux-kontext-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.create({"model":"flux-kontext-pro"});
// @ts-expect-error aspect_ratio accepts only 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
void client.create({"model":"flux-kontext-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_format accepts only jpeg, png
void client.create({"model":"flux-kontext-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"not-a-listed-value"});
void client.create({ ...{"model":"flux-kontext-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"flux-kontext-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"flux-kontext-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"flux-kontext-pro">();
expectTypeOf(client.estimateCost({"model":"flux-kontext-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "flux-kontext-pro" });
void client.wait("task-id", { model: "flux-kontext-pro" });
void client.watch("task-id", { model: "flux-kontext-pro" });

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
