// Generated from specs/qwen-3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type Qwen3Model, type Qwen3Models, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<Qwen3Model>().toEqualTypeOf<"qwen-3-edit-image" | "qwen-3-pro-edit-image" | "qwen-3-pro-text-to-image" | "qwen-3-text-to-image">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<Qwen3Models>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"qwen-3-edit-image" | "qwen-3-pro-edit-image" | "qwen-3-pro-text-to-image" | "qwen-3-text-to-image">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_image: qwen-3-edit-image
void client.create({"model":"qwen-3-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error prompt is required
void client.create({"model":"qwen-3-edit-image","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"qwen-3-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error output_resolution accepts only 1k, 2k
void client.create({"model":"qwen-3-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
void client.create({"model":"qwen-3-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"qwen-3-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_format":"not-a-listed-value"});
void client.create({ ...{"model":"qwen-3-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"qwen-3-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"qwen-3-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"qwen-3-edit-image">();
expectTypeOf(client.estimateCost({"model":"qwen-3-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "qwen-3-edit-image" });
void client.wait("task-id", { model: "qwen-3-edit-image" });
void client.watch("task-id", { model: "qwen-3-edit-image" });

// edit_image: qwen-3-pro-edit-image
void client.create({"model":"qwen-3-pro-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error prompt is required
void client.create({"model":"qwen-3-pro-edit-image","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"qwen-3-pro-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error output_resolution accepts only 1k, 2k
void client.create({"model":"qwen-3-pro-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
void client.create({"model":"qwen-3-pro-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"qwen-3-pro-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_format":"not-a-listed-value"});
void client.create({ ...{"model":"qwen-3-pro-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"qwen-3-pro-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"qwen-3-pro-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"qwen-3-pro-edit-image">();
expectTypeOf(client.estimateCost({"model":"qwen-3-pro-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "qwen-3-pro-edit-image" });
void client.wait("task-id", { model: "qwen-3-pro-edit-image" });
void client.watch("task-id", { model: "qwen-3-pro-edit-image" });

// text_to_image: qwen-3-pro-text-to-image
void client.create({"model":"qwen-3-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.create({"model":"qwen-3-pro-text-to-image"});
// @ts-expect-error source_image_urls is not a parameter of qwen-3-pro-text-to-image
void client.create({"model":"qwen-3-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["x"]});
// @ts-expect-error output_resolution accepts only 1k, 2k
void client.create({"model":"qwen-3-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
void client.create({"model":"qwen-3-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"qwen-3-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"qwen-3-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"qwen-3-pro-text-to-image">();
expectTypeOf(client.estimateCost({"model":"qwen-3-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "qwen-3-pro-text-to-image" });
void client.wait("task-id", { model: "qwen-3-pro-text-to-image" });
void client.watch("task-id", { model: "qwen-3-pro-text-to-image" });

// text_to_image: qwen-3-text-to-image
void client.create({"model":"qwen-3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.create({"model":"qwen-3-text-to-image"});
// @ts-expect-error source_image_urls is not a parameter of qwen-3-text-to-image
void client.create({"model":"qwen-3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["x"]});
// @ts-expect-error output_resolution accepts only 1k, 2k
void client.create({"model":"qwen-3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:2, 2:3, 4:3, 3:4, 16:9, 9:16, 21:9
void client.create({"model":"qwen-3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"qwen-3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"qwen-3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"qwen-3-text-to-image">();
expectTypeOf(client.estimateCost({"model":"qwen-3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "qwen-3-text-to-image" });
void client.wait("task-id", { model: "qwen-3-text-to-image" });
void client.watch("task-id", { model: "qwen-3-text-to-image" });

// edit_image: reading its tasks
void client.editImage.get("task-id");
void client.editImage.wait("task-id");
void client.editImage.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
