// Generated from specs/imagen-4.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type Imagen4Model, type Imagen4Models, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<Imagen4Model>().toEqualTypeOf<"imagen-4-pro-remix-image" | "imagen-4" | "imagen-4-fast" | "imagen-4-ultra">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<Imagen4Models>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"imagen-4-pro-remix-image" | "imagen-4" | "imagen-4-fast" | "imagen-4-ultra">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// remix_image: imagen-4-pro-remix-image
void client.create({"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error negative_prompt is not a parameter of imagen-4-pro-remix-image
void client.create({"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"negative_prompt":"x"});
// @ts-expect-error seed is not a parameter of imagen-4-pro-remix-image
void client.create({"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"seed":1});
// @ts-expect-error aspect_ratio accepts only 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9, auto
void client.create({"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k, 4k
void client.create({"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_resolution":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpg
void client.create({"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_format":"not-a-listed-value"});
void client.create({ ...{"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"imagen-4-pro-remix-image">();
expectTypeOf(client.estimateCost({"model":"imagen-4-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "imagen-4-pro-remix-image" });
void client.wait("task-id", { model: "imagen-4-pro-remix-image" });
void client.watch("task-id", { model: "imagen-4-pro-remix-image" });

// text_to_image: imagen-4
void client.create({"model":"imagen-4","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_urls is not a parameter of imagen-4
void client.create({"model":"imagen-4","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["x"]});
// @ts-expect-error output_resolution is not a parameter of imagen-4
void client.create({"model":"imagen-4","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"1k"});
// @ts-expect-error output_format is not a parameter of imagen-4
void client.create({"model":"imagen-4","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"png"});
// @ts-expect-error aspect_ratio accepts only 1:1, 16:9, 9:16, 3:4, 4:3
void client.create({"model":"imagen-4","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error aspect_ratio of imagen-4 is one of 1:1, 16:9, 9:16, 3:4, 4:3, not 2:3
void client.create({"model":"imagen-4","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"2:3"});
expectTypeOf((await client.run({"model":"imagen-4","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"imagen-4">();
expectTypeOf(client.estimateCost({"model":"imagen-4","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "imagen-4" });
void client.wait("task-id", { model: "imagen-4" });
void client.watch("task-id", { model: "imagen-4" });

// text_to_image: imagen-4-fast
void client.create({"model":"imagen-4-fast","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_urls is not a parameter of imagen-4-fast
void client.create({"model":"imagen-4-fast","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["x"]});
// @ts-expect-error output_resolution is not a parameter of imagen-4-fast
void client.create({"model":"imagen-4-fast","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"1k"});
// @ts-expect-error output_format is not a parameter of imagen-4-fast
void client.create({"model":"imagen-4-fast","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"png"});
// @ts-expect-error aspect_ratio accepts only 1:1, 16:9, 9:16, 3:4, 4:3, auto
void client.create({"model":"imagen-4-fast","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error aspect_ratio of imagen-4-fast is one of 1:1, 16:9, 9:16, 3:4, 4:3, auto, not 2:3
void client.create({"model":"imagen-4-fast","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"2:3"});
expectTypeOf((await client.run({"model":"imagen-4-fast","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"imagen-4-fast">();
expectTypeOf(client.estimateCost({"model":"imagen-4-fast","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "imagen-4-fast" });
void client.wait("task-id", { model: "imagen-4-fast" });
void client.watch("task-id", { model: "imagen-4-fast" });

// text_to_image: imagen-4-ultra
void client.create({"model":"imagen-4-ultra","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_urls is not a parameter of imagen-4-ultra
void client.create({"model":"imagen-4-ultra","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["x"]});
// @ts-expect-error output_resolution is not a parameter of imagen-4-ultra
void client.create({"model":"imagen-4-ultra","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"1k"});
// @ts-expect-error output_format is not a parameter of imagen-4-ultra
void client.create({"model":"imagen-4-ultra","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"png"});
// @ts-expect-error aspect_ratio accepts only 1:1, 16:9, 9:16, 3:4, 4:3
void client.create({"model":"imagen-4-ultra","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error aspect_ratio of imagen-4-ultra is one of 1:1, 16:9, 9:16, 3:4, 4:3, not 2:3
void client.create({"model":"imagen-4-ultra","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"2:3"});
expectTypeOf((await client.run({"model":"imagen-4-ultra","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"imagen-4-ultra">();
expectTypeOf(client.estimateCost({"model":"imagen-4-ultra","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "imagen-4-ultra" });
void client.wait("task-id", { model: "imagen-4-ultra" });
void client.watch("task-id", { model: "imagen-4-ultra" });

// remix_image: reading its tasks
void client.remixImage.get("task-id");
void client.remixImage.wait("task-id");
void client.remixImage.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
