// Generated from specs/nano-banana.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type NanoBananaActions, type NanoBananaModel, type NanoBananaModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<NanoBananaModel>().toEqualTypeOf<"nano-banana-edit" | "nano-banana" | "nano-banana-2" | "nano-banana-pro">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<NanoBananaModels, Pick<NanoBananaActions, "edit_image" | "text_to_image">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_image: nano-banana-2-lite
void client.editImage.create({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error prompt is required
void client.editImage.create({"model":"nano-banana-2-lite","aspect_ratio":"auto","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error aspect_ratio is required
void client.editImage.create({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.editImage.create({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto"});
// @ts-expect-error output_format is not a parameter of nano-banana-2-lite
void client.editImage.create({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto","source_image_urls":["https://example.com/source.png"],"output_format":"png"});
// @ts-expect-error aspect_ratio accepts only 1:1, 1:4, 1:8, 2:3, 3:2, 3:4, 4:1, 4:3, 4:5, 5:4, 8:1, 9:16, 16:9, 21:9, auto
void client.editImage.create({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value","source_image_urls":["https://example.com/source.png"]});
void client.editImage.create({ ...{"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.editImage.create({ ...{"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });

// edit_image: nano-banana-edit
void client.create({"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error output_resolution is not a parameter of nano-banana-edit
void client.create({"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_resolution":"x"});
// @ts-expect-error reference_image_urls is not a parameter of nano-banana-edit
void client.create({"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"reference_image_urls":["x"]});
// @ts-expect-error output_format accepts only png, jpeg
void client.create({"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_format":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
void client.create({"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_format of nano-banana-edit is one of png, jpeg, not jpg
void client.create({"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_format":"jpg"});
// @ts-expect-error aspect_ratio of nano-banana-edit is one of 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto, not 1:4
void client.create({"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:4"});
expectTypeOf((await client.run({"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"nano-banana-edit">();
expectTypeOf(client.estimateCost({"model":"nano-banana-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "nano-banana-edit" });
void client.wait("task-id", { model: "nano-banana-edit" });
void client.watch("task-id", { model: "nano-banana-edit" });

// text_to_image: nano-banana
void client.create({"model":"nano-banana","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_urls is not a parameter of nano-banana
void client.create({"model":"nano-banana","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["x"]});
// @ts-expect-error output_format accepts only png, jpeg, jpg
void client.create({"model":"nano-banana","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto
void client.create({"model":"nano-banana","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"nano-banana","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"nano-banana","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error aspect_ratio of nano-banana is one of 1:1, 9:16, 16:9, 3:4, 4:3, 3:2, 2:3, 5:4, 4:5, 21:9, auto, not 1:4
void client.create({"model":"nano-banana","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:4"});
expectTypeOf((await client.run({"model":"nano-banana","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"nano-banana">();
expectTypeOf(client.estimateCost({"model":"nano-banana","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "nano-banana" });
void client.wait("task-id", { model: "nano-banana" });
void client.watch("task-id", { model: "nano-banana" });

// text_to_image: nano-banana-2
void client.create({"model":"nano-banana-2","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_urls is not a parameter of nano-banana-2
void client.create({"model":"nano-banana-2","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["x"]});
// @ts-expect-error output_format accepts only png, jpeg, jpg
void client.create({"model":"nano-banana-2","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 1:4, 1:8, 2:3, 3:2, 3:4, 4:1, 4:3, 4:5, 5:4, 8:1, 9:16, 16:9, 21:9, auto
void client.create({"model":"nano-banana-2","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k, 4k
void client.create({"model":"nano-banana-2","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"nano-banana-2","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"nano-banana-2","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"nano-banana-2","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"nano-banana-2">();
expectTypeOf(client.estimateCost({"model":"nano-banana-2","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "nano-banana-2" });
void client.wait("task-id", { model: "nano-banana-2" });
void client.watch("task-id", { model: "nano-banana-2" });

// text_to_image: nano-banana-2-lite
void client.textToImage.create({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto"});
// @ts-expect-error prompt is required
void client.textToImage.create({"model":"nano-banana-2-lite","aspect_ratio":"auto"});
// @ts-expect-error aspect_ratio is required
void client.textToImage.create({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error output_format is not a parameter of nano-banana-2-lite
void client.textToImage.create({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto","output_format":"png"});
// @ts-expect-error output_resolution is not a parameter of nano-banana-2-lite
void client.textToImage.create({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto","output_resolution":"x"});
// @ts-expect-error aspect_ratio accepts only 1:1, 1:4, 1:8, 2:3, 3:2, 3:4, 4:1, 4:3, 4:5, 5:4, 8:1, 9:16, 16:9, 21:9, auto
void client.textToImage.create({"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
void client.textToImage.create({ ...{"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.textToImage.create({ ...{"model":"nano-banana-2-lite","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto"}, "prompt": new Blob(["local file"]) });

// text_to_image: nano-banana-pro
void client.create({"model":"nano-banana-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_urls is not a parameter of nano-banana-pro
void client.create({"model":"nano-banana-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["x"]});
// @ts-expect-error output_format accepts only png, jpeg, jpg
void client.create({"model":"nano-banana-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","output_format":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9, auto
void client.create({"model":"nano-banana-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k, 4k
void client.create({"model":"nano-banana-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"nano-banana-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"nano-banana-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error aspect_ratio of nano-banana-pro is one of 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9, auto, not 1:4
void client.create({"model":"nano-banana-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:4"});
expectTypeOf((await client.run({"model":"nano-banana-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"nano-banana-pro">();
expectTypeOf(client.estimateCost({"model":"nano-banana-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "nano-banana-pro" });
void client.wait("task-id", { model: "nano-banana-pro" });
void client.watch("task-id", { model: "nano-banana-pro" });

// edit_image: reading its tasks
void client.editImage.get("task-id");
void client.editImage.wait("task-id");
void client.editImage.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
