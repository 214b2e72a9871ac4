// Generated from specs/z-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type ZImageModel, type ZImageModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<ZImageModel>().toEqualTypeOf<"z-image">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<ZImageModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"z-image">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// text_to_image: z-image
void client.create({"model":"z-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
// @ts-expect-error prompt is required
void client.create({"model":"z-image","aspect_ratio":"1:1"});
// @ts-expect-error aspect_ratio is required
void client.create({"model":"z-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16
void client.create({"model":"z-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"z-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"})).model).toEqualTypeOf<"z-image">();
expectTypeOf(client.estimateCost({"model":"z-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "z-image" });
void client.wait("task-id", { model: "z-image" });
void client.watch("task-id", { model: "z-image" });

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
