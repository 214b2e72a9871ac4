// Generated from specs/qwen-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type QwenImageModel, type QwenImageModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<QwenImageModel>().toEqualTypeOf<"qwen-image-edit-image" | "qwen-image-remix-image" | "qwen-image-text-to-image">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<QwenImageModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"qwen-image-edit-image" | "qwen-image-remix-image" | "qwen-image-text-to-image">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_image: qwen-image-edit-image
void client.create({"model":"qwen-image-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
// @ts-expect-error prompt is required
void client.create({"model":"qwen-image-edit-image","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"qwen-image-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error strength is not a parameter of qwen-image-edit-image
void client.create({"model":"qwen-image-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","strength":0.8});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:4, 9:16, 4:3, 16:9
void client.create({"model":"qwen-image-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"qwen-image-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","output_format":"not-a-listed-value"});
void client.create({ ...{"model":"qwen-image-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"qwen-image-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"qwen-image-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"})).model).toEqualTypeOf<"qwen-image-edit-image">();
expectTypeOf(client.estimateCost({"model":"qwen-image-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "qwen-image-edit-image" });
void client.wait("task-id", { model: "qwen-image-edit-image" });
void client.watch("task-id", { model: "qwen-image-edit-image" });

// remix_image: qwen-image-remix-image
void client.create({"model":"qwen-image-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
// @ts-expect-error prompt is required
void client.create({"model":"qwen-image-remix-image","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"qwen-image-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error aspect_ratio is not a parameter of qwen-image-remix-image
void client.create({"model":"qwen-image-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","aspect_ratio":"1:1"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"qwen-image-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","output_format":"not-a-listed-value"});
void client.create({ ...{"model":"qwen-image-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"qwen-image-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"qwen-image-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"})).model).toEqualTypeOf<"qwen-image-remix-image">();
expectTypeOf(client.estimateCost({"model":"qwen-image-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "qwen-image-remix-image" });
void client.wait("task-id", { model: "qwen-image-remix-image" });
void client.watch("task-id", { model: "qwen-image-remix-image" });

// text_to_image: qwen-image-text-to-image
void client.create({"model":"qwen-image-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.create({"model":"qwen-image-text-to-image"});
// @ts-expect-error source_image_url is not a parameter of qwen-image-text-to-image
void client.create({"model":"qwen-image-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"x"});
// @ts-expect-error strength is not a parameter of qwen-image-text-to-image
void client.create({"model":"qwen-image-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","strength":0.8});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:4, 9:16, 4:3, 16:9
void client.create({"model":"qwen-image-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"qwen-image-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"qwen-image-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"qwen-image-text-to-image">();
expectTypeOf(client.estimateCost({"model":"qwen-image-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "qwen-image-text-to-image" });
void client.wait("task-id", { model: "qwen-image-text-to-image" });
void client.watch("task-id", { model: "qwen-image-text-to-image" });

// edit_image: reading its tasks
void client.editImage.get("task-id");
void client.editImage.wait("task-id");
void client.editImage.watch("task-id");

// remix_image: reading its tasks
void client.remixImage.get("task-id");
void client.remixImage.wait("task-id");
void client.remixImage.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
