// Generated from specs/qwen-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type Qwen2Model, type Qwen2Models, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<Qwen2Model>().toEqualTypeOf<"qwen-2-edit-image" | "qwen-2-text-to-image">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<Qwen2Models>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"qwen-2-edit-image" | "qwen-2-text-to-image">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_image: qwen-2-edit-image
void client.create({"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
// @ts-expect-error prompt is required
void client.create({"model":"qwen-2-edit-image","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error aspect_ratio accepts only 1:1, 2:3, 3:2, 3:4, 4:3, 9:16, 16:9, 21:9
void client.create({"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_format accepts only jpeg, png
void client.create({"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","output_format":"not-a-listed-value"});
void client.create({ ...{"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"})).model).toEqualTypeOf<"qwen-2-edit-image">();
expectTypeOf(client.estimateCost({"model":"qwen-2-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "qwen-2-edit-image" });
void client.wait("task-id", { model: "qwen-2-edit-image" });
void client.watch("task-id", { model: "qwen-2-edit-image" });

// text_to_image: qwen-2-text-to-image
void client.create({"model":"qwen-2-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.create({"model":"qwen-2-text-to-image"});
// @ts-expect-error source_image_url is not a parameter of qwen-2-text-to-image
void client.create({"model":"qwen-2-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"x"});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:4, 4:3, 9:16, 16:9
void client.create({"model":"qwen-2-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"qwen-2-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"not-a-listed-value"});
// @ts-expect-error aspect_ratio of qwen-2-text-to-image is one of 1:1, 3:4, 4:3, 9:16, 16:9, not 2:3
void client.create({"model":"qwen-2-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"2:3"});
expectTypeOf((await client.run({"model":"qwen-2-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"qwen-2-text-to-image">();
expectTypeOf(client.estimateCost({"model":"qwen-2-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "qwen-2-text-to-image" });
void client.wait("task-id", { model: "qwen-2-text-to-image" });
void client.watch("task-id", { model: "qwen-2-text-to-image" });

// edit_image: reading its tasks
void client.editImage.get("task-id");
void client.editImage.wait("task-id");
void client.editImage.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
