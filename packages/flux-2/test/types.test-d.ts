// Generated from specs/flux-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type Flux2Model, type Flux2Models, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<Flux2Model>().toEqualTypeOf<"flux-2-pro-text-to-image" | "flux-2-flex-text-to-image" | "flux-2-max-text-to-image" | "flux-2-pro-image-to-image" | "flux-2-flex-image-to-image" | "flux-2-flex-remix-image" | "flux-2-max-remix-image" | "flux-2-pro-remix-image">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<Flux2Models>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"flux-2-pro-text-to-image" | "flux-2-flex-text-to-image" | "flux-2-max-text-to-image" | "flux-2-pro-image-to-image" | "flux-2-flex-image-to-image" | "flux-2-flex-remix-image" | "flux-2-max-remix-image" | "flux-2-pro-remix-image">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// text_to_image: flux-2-pro-text-to-image
void client.create({"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"16:9"});
// @ts-expect-error prompt is required
void client.create({"model":"flux-2-pro-text-to-image","aspect_ratio":"16:9"});
// @ts-expect-error output_count is not a parameter of flux-2-pro-text-to-image
void client.create({"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"16:9","output_count":1});
// @ts-expect-error source_image_urls is not a parameter of flux-2-pro-text-to-image
void client.create({"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"16:9","source_image_urls":["https://example.com/file"]});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
void client.create({"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k
void client.create({"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"16:9","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio of flux-2-pro-text-to-image is one of 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, not auto
void client.create({"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto"});
expectTypeOf((await client.run({"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"16:9"})).model).toEqualTypeOf<"flux-2-pro-text-to-image">();
expectTypeOf(client.estimateCost({"model":"flux-2-pro-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"16:9"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "flux-2-pro-text-to-image" });
void client.wait("task-id", { model: "flux-2-pro-text-to-image" });
void client.watch("task-id", { model: "flux-2-pro-text-to-image" });

// text_to_image: flux-2-flex-text-to-image
void client.create({"model":"flux-2-flex-text-to-image","prompt":"A paper-cut fox in a snowy forest","output_resolution":"2k"});
// @ts-expect-error prompt is required
void client.create({"model":"flux-2-flex-text-to-image","output_resolution":"2k"});
// @ts-expect-error output_count is not a parameter of flux-2-flex-text-to-image
void client.create({"model":"flux-2-flex-text-to-image","prompt":"A paper-cut fox in a snowy forest","output_resolution":"2k","output_count":1});
// @ts-expect-error source_image_urls is not a parameter of flux-2-flex-text-to-image
void client.create({"model":"flux-2-flex-text-to-image","prompt":"A paper-cut fox in a snowy forest","output_resolution":"2k","source_image_urls":["https://example.com/file"]});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
void client.create({"model":"flux-2-flex-text-to-image","prompt":"A paper-cut fox in a snowy forest","output_resolution":"2k","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k
void client.create({"model":"flux-2-flex-text-to-image","prompt":"A paper-cut fox in a snowy forest","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio of flux-2-flex-text-to-image is one of 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, not auto
void client.create({"model":"flux-2-flex-text-to-image","prompt":"A paper-cut fox in a snowy forest","output_resolution":"2k","aspect_ratio":"auto"});
expectTypeOf((await client.run({"model":"flux-2-flex-text-to-image","prompt":"A paper-cut fox in a snowy forest","output_resolution":"2k"})).model).toEqualTypeOf<"flux-2-flex-text-to-image">();
expectTypeOf(client.estimateCost({"model":"flux-2-flex-text-to-image","prompt":"A paper-cut fox in a snowy forest","output_resolution":"2k"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "flux-2-flex-text-to-image" });
void client.wait("task-id", { model: "flux-2-flex-text-to-image" });
void client.watch("task-id", { model: "flux-2-flex-text-to-image" });

// text_to_image: flux-2-max-text-to-image
void client.create({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
// @ts-expect-error prompt is required
void client.create({"model":"flux-2-max-text-to-image","aspect_ratio":"1:1"});
// @ts-expect-error aspect_ratio is required
void client.create({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error enable_safety_checker is not a parameter of flux-2-max-text-to-image
void client.create({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","enable_safety_checker":true});
// @ts-expect-error source_image_urls is not a parameter of flux-2-max-text-to-image
void client.create({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","source_image_urls":["https://example.com/file"]});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
void client.create({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k
void client.create({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_resolution":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1
void client.create({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_count":"not-a-listed-value"});
// @ts-expect-error aspect_ratio of flux-2-max-text-to-image is one of 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, not auto
void client.create({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"auto"});
// @ts-expect-error output_resolution of flux-2-max-text-to-image is one of 1k, not 2k
void client.create({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","output_resolution":"2k"});
expectTypeOf((await client.run({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"})).model).toEqualTypeOf<"flux-2-max-text-to-image">();
expectTypeOf(client.estimateCost({"model":"flux-2-max-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "flux-2-max-text-to-image" });
void client.wait("task-id", { model: "flux-2-max-text-to-image" });
void client.watch("task-id", { model: "flux-2-max-text-to-image" });

// image_to_image: flux-2-pro-image-to-image
void client.create({"model":"flux-2-pro-image-to-image","prompt":"The same scene at night, lit by lanterns","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error prompt is required
void client.create({"model":"flux-2-pro-image-to-image","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"flux-2-pro-image-to-image","prompt":"The same scene at night, lit by lanterns"});
// @ts-expect-error output_count is not a parameter of flux-2-pro-image-to-image
void client.create({"model":"flux-2-pro-image-to-image","prompt":"The same scene at night, lit by lanterns","source_image_urls":["https://example.com/source.png"],"output_count":1});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto
void client.create({"model":"flux-2-pro-image-to-image","prompt":"The same scene at night, lit by lanterns","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k
void client.create({"model":"flux-2-pro-image-to-image","prompt":"The same scene at night, lit by lanterns","source_image_urls":["https://example.com/source.png"],"output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"flux-2-pro-image-to-image","prompt":"The same scene at night, lit by lanterns","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"flux-2-pro-image-to-image","prompt":"The same scene at night, lit by lanterns","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"flux-2-pro-image-to-image","prompt":"The same scene at night, lit by lanterns","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"flux-2-pro-image-to-image">();
expectTypeOf(client.estimateCost({"model":"flux-2-pro-image-to-image","prompt":"The same scene at night, lit by lanterns","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "flux-2-pro-image-to-image" });
void client.wait("task-id", { model: "flux-2-pro-image-to-image" });
void client.watch("task-id", { model: "flux-2-pro-image-to-image" });

// image_to_image: flux-2-flex-image-to-image
void client.create({"model":"flux-2-flex-image-to-image","prompt":"Turn the photo into a watercolor","source_image_urls":["https://example.com/photo.jpg"],"aspect_ratio":"auto"});
// @ts-expect-error prompt is required
void client.create({"model":"flux-2-flex-image-to-image","source_image_urls":["https://example.com/photo.jpg"],"aspect_ratio":"auto"});
// @ts-expect-error source_image_urls is required
void client.create({"model":"flux-2-flex-image-to-image","prompt":"Turn the photo into a watercolor","aspect_ratio":"auto"});
// @ts-expect-error output_count is not a parameter of flux-2-flex-image-to-image
void client.create({"model":"flux-2-flex-image-to-image","prompt":"Turn the photo into a watercolor","source_image_urls":["https://example.com/photo.jpg"],"aspect_ratio":"auto","output_count":1});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto
void client.create({"model":"flux-2-flex-image-to-image","prompt":"Turn the photo into a watercolor","source_image_urls":["https://example.com/photo.jpg"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k
void client.create({"model":"flux-2-flex-image-to-image","prompt":"Turn the photo into a watercolor","source_image_urls":["https://example.com/photo.jpg"],"aspect_ratio":"auto","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"flux-2-flex-image-to-image","prompt":"Turn the photo into a watercolor","source_image_urls":["https://example.com/photo.jpg"],"aspect_ratio":"auto"}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"flux-2-flex-image-to-image","prompt":"Turn the photo into a watercolor","source_image_urls":["https://example.com/photo.jpg"],"aspect_ratio":"auto"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"flux-2-flex-image-to-image","prompt":"Turn the photo into a watercolor","source_image_urls":["https://example.com/photo.jpg"],"aspect_ratio":"auto"})).model).toEqualTypeOf<"flux-2-flex-image-to-image">();
expectTypeOf(client.estimateCost({"model":"flux-2-flex-image-to-image","prompt":"Turn the photo into a watercolor","source_image_urls":["https://example.com/photo.jpg"],"aspect_ratio":"auto"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "flux-2-flex-image-to-image" });
void client.wait("task-id", { model: "flux-2-flex-image-to-image" });
void client.watch("task-id", { model: "flux-2-flex-image-to-image" });

// remix_image: flux-2-flex-remix-image
void client.create({"model":"flux-2-flex-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error prompt is required
void client.create({"model":"flux-2-flex-remix-image","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"flux-2-flex-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error output_count is not a parameter of flux-2-flex-remix-image
void client.create({"model":"flux-2-flex-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_count":1});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto
void client.create({"model":"flux-2-flex-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k
void client.create({"model":"flux-2-flex-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"flux-2-flex-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"flux-2-flex-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"flux-2-flex-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"flux-2-flex-remix-image">();
expectTypeOf(client.estimateCost({"model":"flux-2-flex-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "flux-2-flex-remix-image" });
void client.wait("task-id", { model: "flux-2-flex-remix-image" });
void client.watch("task-id", { model: "flux-2-flex-remix-image" });

// remix_image: flux-2-max-remix-image
void client.create({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1"});
// @ts-expect-error prompt is required
void client.create({"model":"flux-2-max-remix-image","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1"});
// @ts-expect-error source_image_urls is required
void client.create({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
// @ts-expect-error aspect_ratio is required
void client.create({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error enable_safety_checker is not a parameter of flux-2-max-remix-image
void client.create({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1","enable_safety_checker":true});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
void client.create({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k
void client.create({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1","output_resolution":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1
void client.create({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1","output_count":"not-a-listed-value"});
void client.create({ ...{"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1"}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error aspect_ratio of flux-2-max-remix-image is one of 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, not auto
void client.create({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"auto"});
// @ts-expect-error output_resolution of flux-2-max-remix-image is one of 1k, not 2k
void client.create({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1","output_resolution":"2k"});
expectTypeOf((await client.run({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1"})).model).toEqualTypeOf<"flux-2-max-remix-image">();
expectTypeOf(client.estimateCost({"model":"flux-2-max-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1"})).toEqualTypeOf<UnknownCost>();
void client.get("task-id", { model: "flux-2-max-remix-image" });
void client.wait("task-id", { model: "flux-2-max-remix-image" });
void client.watch("task-id", { model: "flux-2-max-remix-image" });

// remix_image: flux-2-pro-remix-image
void client.create({"model":"flux-2-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error prompt is required
void client.create({"model":"flux-2-pro-remix-image","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.create({"model":"flux-2-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error output_count is not a parameter of flux-2-pro-remix-image
void client.create({"model":"flux-2-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_count":1});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3, auto
void client.create({"model":"flux-2-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k
void client.create({"model":"flux-2-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"flux-2-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"flux-2-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"flux-2-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).model).toEqualTypeOf<"flux-2-pro-remix-image">();
expectTypeOf(client.estimateCost({"model":"flux-2-pro-remix-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "flux-2-pro-remix-image" });
void client.wait("task-id", { model: "flux-2-pro-remix-image" });
void client.watch("task-id", { model: "flux-2-pro-remix-image" });

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");

// image_to_image: reading its tasks
void client.imageToImage.get("task-id");
void client.imageToImage.wait("task-id");
void client.imageToImage.watch("task-id");

// remix_image: reading its tasks
void client.remixImage.get("task-id");
void client.remixImage.wait("task-id");
void client.remixImage.watch("task-id");
