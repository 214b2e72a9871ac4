// Generated from specs/gpt-4o-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type Gpt4oImageModel, type Gpt4oImageModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<Gpt4oImageModel>().toEqualTypeOf<"gpt-4o-image">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<Gpt4oImageModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"gpt-4o-image">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// text_to_image: gpt-4o-image
void client.create({"model":"gpt-4o-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
// @ts-expect-error aspect_ratio is required
void client.create({"model":"gpt-4o-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:2, 2:3
void client.create({"model":"gpt-4o-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1, 2, 4
void client.create({"model":"gpt-4o-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_count":"not-a-listed-value"});
void client.create({ ...{"model":"gpt-4o-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"gpt-4o-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"gpt-4o-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"})).model).toEqualTypeOf<"gpt-4o-image">();
expectTypeOf(client.estimateCost({"model":"gpt-4o-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "gpt-4o-image" });
void client.wait("task-id", { model: "gpt-4o-image" });
void client.watch("task-id", { model: "gpt-4o-image" });

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
