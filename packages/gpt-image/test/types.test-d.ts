// Generated from specs/gpt-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type GptImageActions, type GptImageModel, type GptImageModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<GptImageModel>().toEqualTypeOf<never>();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<GptImageModels, Pick<GptImageActions, "edit_image" | "text_to_image">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_image: gpt-image-1.5
void client.editImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1","quality":"medium"});
// @ts-expect-error prompt is required
void client.editImage.create({"model":"gpt-image-1.5","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1","quality":"medium"});
// @ts-expect-error source_image_urls is required
void client.editImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","quality":"medium"});
// @ts-expect-error aspect_ratio is required
void client.editImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"quality":"medium"});
// @ts-expect-error quality is required
void client.editImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1"});
// @ts-expect-error aspect_ratio accepts only 1:1, 2:3, 3:2
void client.editImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value","quality":"medium"});
// @ts-expect-error quality accepts only medium, high
void client.editImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1","quality":"not-a-listed-value"});
void client.editImage.create({ ...{"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1","quality":"medium"}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.editImage.create({ ...{"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"1:1","quality":"medium"}, "prompt": new Blob(["local file"]) });

// text_to_image: gpt-image-1.5
void client.textToImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","quality":"medium"});
// @ts-expect-error prompt is required
void client.textToImage.create({"model":"gpt-image-1.5","aspect_ratio":"1:1","quality":"medium"});
// @ts-expect-error aspect_ratio is required
void client.textToImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","quality":"medium"});
// @ts-expect-error quality is required
void client.textToImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1"});
// @ts-expect-error aspect_ratio accepts only 1:1, 2:3, 3:2
void client.textToImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value","quality":"medium"});
// @ts-expect-error quality accepts only medium, high
void client.textToImage.create({"model":"gpt-image-1.5","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"1:1","quality":"not-a-listed-value"});

// edit_image: reading its tasks
void client.editImage.get("task-id");
void client.editImage.wait("task-id");
void client.editImage.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
