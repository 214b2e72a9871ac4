// Generated from specs/seedream.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type SeedreamModel, type SeedreamModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<SeedreamModel>().toEqualTypeOf<"seedream-5-pro-layer-decomposition" | "seedream-4.5-edit" | "seedream-5-lite-edit" | "seedream-5-pro-edit" | "seedream-v4-edit" | "seedream-4.5-text-to-image" | "seedream-5-lite-text-to-image" | "seedream-5-pro-text-to-image" | "seedream-v4-text-to-image">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<SeedreamModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"seedream-5-pro-layer-decomposition" | "seedream-4.5-edit" | "seedream-5-lite-edit" | "seedream-5-pro-edit" | "seedream-v4-edit" | "seedream-4.5-text-to-image" | "seedream-5-lite-text-to-image" | "seedream-5-pro-text-to-image" | "seedream-v4-text-to-image">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// decompose_layers: seedream-5-pro-layer-decomposition
void client.create({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error image_url is required
void client.create({"model":"seedream-5-pro-layer-decomposition","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error aspect_ratio is not a parameter of seedream-5-pro-layer-decomposition
void client.create({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
// @ts-expect-error output_quality is not a parameter of seedream-5-pro-layer-decomposition
void client.create({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting","output_quality":"basic"});
// @ts-expect-error source_image_urls is not a parameter of seedream-5-pro-layer-decomposition
void client.create({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["x"]});
// @ts-expect-error output_resolution is not a parameter of seedream-5-pro-layer-decomposition
void client.create({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"x"});
// @ts-expect-error output_count is not a parameter of seedream-5-pro-layer-decomposition
void client.create({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting","output_count":1});
// @ts-expect-error seed is not a parameter of seedream-5-pro-layer-decomposition
void client.create({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting","seed":1});
// @ts-expect-error enable_safety_checker is not a parameter of seedream-5-pro-layer-decomposition
void client.create({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting","enable_safety_checker":true});
// @ts-expect-error size accepts only auto, 1K, 1.5K, 2K
void client.create({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting","size":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"not-a-listed-value"});
void client.create({ ...{"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"seedream-5-pro-layer-decomposition">();
expectTypeOf(client.estimateCost({"model":"seedream-5-pro-layer-decomposition","image_url":"https://example.com/image.png","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "seedream-5-pro-layer-decomposition" });
void client.wait("task-id", { model: "seedream-5-pro-layer-decomposition" });
void client.watch("task-id", { model: "seedream-5-pro-layer-decomposition" });

// edit_image: seedream-4.5-edit
void client.create({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error aspect_ratio is required
void client.create({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","output_quality":"basic","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error output_quality is required
void client.create({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"});
// @ts-expect-error image_url is not a parameter of seedream-4.5-edit
void client.create({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"image_url":"https://example.com/file"});
// @ts-expect-error size is not a parameter of seedream-4.5-edit
void client.create({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"size":"auto"});
// @ts-expect-error output_format is not a parameter of seedream-4.5-edit
void client.create({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"output_format":"png"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
void client.create({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value","output_quality":"basic","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error output_quality accepts only basic, high
void client.create({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"not-a-listed-value","source_image_urls":["https://example.com/source.png"]});
void client.create({ ...{"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_quality of seedream-4.5-edit is one of basic, high, not ultra
void client.create({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"ultra","source_image_urls":["https://example.com/source.png"]});
expectTypeOf((await client.run({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"seedream-4.5-edit">();
expectTypeOf(client.estimateCost({"model":"seedream-4.5-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedream-4.5-edit" });
void client.wait("task-id", { model: "seedream-4.5-edit" });
void client.watch("task-id", { model: "seedream-4.5-edit" });

// edit_image: seedream-5-lite-edit
void client.create({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error aspect_ratio is required
void client.create({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","output_quality":"basic","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error output_quality is required
void client.create({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"});
// @ts-expect-error image_url is not a parameter of seedream-5-lite-edit
void client.create({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"image_url":"https://example.com/file"});
// @ts-expect-error size is not a parameter of seedream-5-lite-edit
void client.create({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"size":"auto"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
void client.create({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value","output_quality":"basic","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error output_quality accepts only basic, high, ultra
void client.create({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"not-a-listed-value","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"output_format":"not-a-listed-value"});
void client.create({ ...{"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"seedream-5-lite-edit">();
expectTypeOf(client.estimateCost({"model":"seedream-5-lite-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedream-5-lite-edit" });
void client.wait("task-id", { model: "seedream-5-lite-edit" });
void client.watch("task-id", { model: "seedream-5-lite-edit" });

// edit_image: seedream-5-pro-edit
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error prompt is required
void client.create({"model":"seedream-5-pro-edit","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error aspect_ratio is required
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","output_quality":"basic","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error output_quality is required
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"});
// @ts-expect-error image_url is not a parameter of seedream-5-pro-edit
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"image_url":"https://example.com/file"});
// @ts-expect-error size is not a parameter of seedream-5-pro-edit
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"size":"auto"});
// @ts-expect-error output_resolution is not a parameter of seedream-5-pro-edit
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"output_resolution":"x"});
// @ts-expect-error output_count is not a parameter of seedream-5-pro-edit
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"output_count":1});
// @ts-expect-error seed is not a parameter of seedream-5-pro-edit
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"seed":1});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value","output_quality":"basic","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error output_quality accepts only basic, high
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"not-a-listed-value","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"],"output_format":"not-a-listed-value"});
void client.create({ ...{"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_quality of seedream-5-pro-edit is one of basic, high, not ultra
void client.create({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"ultra","source_image_urls":["https://example.com/source.png"]});
expectTypeOf((await client.run({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"seedream-5-pro-edit">();
expectTypeOf(client.estimateCost({"model":"seedream-5-pro-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedream-5-pro-edit" });
void client.wait("task-id", { model: "seedream-5-pro-edit" });
void client.watch("task-id", { model: "seedream-5-pro-edit" });

// edit_image: seedream-v4-edit
void client.create({"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error image_url is not a parameter of seedream-v4-edit
void client.create({"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"image_url":"https://example.com/file"});
// @ts-expect-error size is not a parameter of seedream-v4-edit
void client.create({"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"size":"auto"});
// @ts-expect-error output_format is not a parameter of seedream-v4-edit
void client.create({"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_format":"png"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 3:2, 2:3, 16:9, 9:16, 21:9
void client.create({"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k, 4k
void client.create({"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_resolution":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1, 2, 3, 4, 5, 6
void client.create({"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_count":"not-a-listed-value"});
void client.create({ ...{"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"seedream-v4-edit">();
expectTypeOf(client.estimateCost({"model":"seedream-v4-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedream-v4-edit" });
void client.wait("task-id", { model: "seedream-v4-edit" });
void client.watch("task-id", { model: "seedream-v4-edit" });

// text_to_image: seedream-4.5-text-to-image
void client.create({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"});
// @ts-expect-error aspect_ratio is required
void client.create({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_quality":"basic"});
// @ts-expect-error output_quality is required
void client.create({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
// @ts-expect-error image_url is not a parameter of seedream-4.5-text-to-image
void client.create({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","image_url":"https://example.com/file"});
// @ts-expect-error size is not a parameter of seedream-4.5-text-to-image
void client.create({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","size":"auto"});
// @ts-expect-error output_format is not a parameter of seedream-4.5-text-to-image
void client.create({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","output_format":"png"});
// @ts-expect-error source_image_urls is not a parameter of seedream-4.5-text-to-image
void client.create({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["x"]});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
void client.create({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value","output_quality":"basic"});
// @ts-expect-error output_quality accepts only basic, high
void client.create({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"not-a-listed-value"});
// @ts-expect-error output_quality of seedream-4.5-text-to-image is one of basic, high, not ultra
void client.create({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"ultra"});
expectTypeOf((await client.run({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"})).model).toEqualTypeOf<"seedream-4.5-text-to-image">();
expectTypeOf(client.estimateCost({"model":"seedream-4.5-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedream-4.5-text-to-image" });
void client.wait("task-id", { model: "seedream-4.5-text-to-image" });
void client.watch("task-id", { model: "seedream-4.5-text-to-image" });

// text_to_image: seedream-5-lite-text-to-image
void client.create({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"});
// @ts-expect-error aspect_ratio is required
void client.create({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_quality":"basic"});
// @ts-expect-error output_quality is required
void client.create({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
// @ts-expect-error image_url is not a parameter of seedream-5-lite-text-to-image
void client.create({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","image_url":"https://example.com/file"});
// @ts-expect-error size is not a parameter of seedream-5-lite-text-to-image
void client.create({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","size":"auto"});
// @ts-expect-error source_image_urls is not a parameter of seedream-5-lite-text-to-image
void client.create({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["x"]});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
void client.create({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value","output_quality":"basic"});
// @ts-expect-error output_quality accepts only basic, high, ultra
void client.create({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","output_format":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"})).model).toEqualTypeOf<"seedream-5-lite-text-to-image">();
expectTypeOf(client.estimateCost({"model":"seedream-5-lite-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedream-5-lite-text-to-image" });
void client.wait("task-id", { model: "seedream-5-lite-text-to-image" });
void client.watch("task-id", { model: "seedream-5-lite-text-to-image" });

// text_to_image: seedream-5-pro-text-to-image
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"});
// @ts-expect-error prompt is required
void client.create({"model":"seedream-5-pro-text-to-image","aspect_ratio":"1:1","output_quality":"basic"});
// @ts-expect-error aspect_ratio is required
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_quality":"basic"});
// @ts-expect-error output_quality is required
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
// @ts-expect-error image_url is not a parameter of seedream-5-pro-text-to-image
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","image_url":"https://example.com/file"});
// @ts-expect-error size is not a parameter of seedream-5-pro-text-to-image
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","size":"auto"});
// @ts-expect-error source_image_urls is not a parameter of seedream-5-pro-text-to-image
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","source_image_urls":["x"]});
// @ts-expect-error output_resolution is not a parameter of seedream-5-pro-text-to-image
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","output_resolution":"x"});
// @ts-expect-error output_count is not a parameter of seedream-5-pro-text-to-image
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","output_count":1});
// @ts-expect-error seed is not a parameter of seedream-5-pro-text-to-image
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","seed":1});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 2:3, 3:2, 21:9
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value","output_quality":"basic"});
// @ts-expect-error output_quality accepts only basic, high
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"not-a-listed-value"});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic","output_format":"not-a-listed-value"});
// @ts-expect-error output_quality of seedream-5-pro-text-to-image is one of basic, high, not ultra
void client.create({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"ultra"});
expectTypeOf((await client.run({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"})).model).toEqualTypeOf<"seedream-5-pro-text-to-image">();
expectTypeOf(client.estimateCost({"model":"seedream-5-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_quality":"basic"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedream-5-pro-text-to-image" });
void client.wait("task-id", { model: "seedream-5-pro-text-to-image" });
void client.watch("task-id", { model: "seedream-5-pro-text-to-image" });

// text_to_image: seedream-v4-text-to-image
void client.create({"model":"seedream-v4-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error image_url is not a parameter of seedream-v4-text-to-image
void client.create({"model":"seedream-v4-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","image_url":"https://example.com/file"});
// @ts-expect-error size is not a parameter of seedream-v4-text-to-image
void client.create({"model":"seedream-v4-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","size":"auto"});
// @ts-expect-error output_format is not a parameter of seedream-v4-text-to-image
void client.create({"model":"seedream-v4-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"png"});
// @ts-expect-error source_image_urls is not a parameter of seedream-v4-text-to-image
void client.create({"model":"seedream-v4-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["x"]});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 3:2, 2:3, 16:9, 9:16, 21:9
void client.create({"model":"seedream-v4-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k, 4k
void client.create({"model":"seedream-v4-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1, 2, 3, 4, 5, 6
void client.create({"model":"seedream-v4-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_count":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"seedream-v4-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"seedream-v4-text-to-image">();
expectTypeOf(client.estimateCost({"model":"seedream-v4-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "seedream-v4-text-to-image" });
void client.wait("task-id", { model: "seedream-v4-text-to-image" });
void client.watch("task-id", { model: "seedream-v4-text-to-image" });

// decompose_layers: reading its tasks
void client.decomposeLayers.get("task-id");
void client.decomposeLayers.wait("task-id");
void client.decomposeLayers.watch("task-id");

// edit_image: reading its tasks
void client.editImage.get("task-id");
void client.editImage.wait("task-id");
void client.editImage.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
