// Generated from specs/gpt-image-2.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type GptImage2Actions, type GptImage2Model, type GptImage2Models, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<GptImage2Model>().toEqualTypeOf<never>();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<GptImage2Models, Pick<GptImage2Actions, "edit_image" | "text_to_image">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_image: gpt-image-2
void client.editImage.create({"model":"gpt-image-2","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error prompt is required
void client.editImage.create({"model":"gpt-image-2","source_image_urls":["https://example.com/source.png"]});
// @ts-expect-error source_image_urls is required
void client.editImage.create({"model":"gpt-image-2","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error aspect_ratio accepts only auto, 1:1, 3:2, 2:3, 4:3, 3:4, 5:4, 4:5, 16:9, 9:16, 2:1, 1:2, 3:1, 1:3, 21:9, 9:21
void client.editImage.create({"model":"gpt-image-2","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k, 4k
void client.editImage.create({"model":"gpt-image-2","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"],"output_resolution":"not-a-listed-value"});
void client.editImage.create({ ...{"model":"gpt-image-2","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "source_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.editImage.create({ ...{"model":"gpt-image-2","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_urls":["https://example.com/source.png"]}, "prompt": new Blob(["local file"]) });

// text_to_image: gpt-image-2
void client.textToImage.create({"model":"gpt-image-2","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.textToImage.create({"model":"gpt-image-2"});
// @ts-expect-error aspect_ratio accepts only auto, 1:1, 3:2, 2:3, 4:3, 3:4, 5:4, 4:5, 16:9, 9:16, 2:1, 1:2, 3:1, 1:3, 21:9, 9:21
void client.textToImage.create({"model":"gpt-image-2","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 1k, 2k, 4k
void client.textToImage.create({"model":"gpt-image-2","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"not-a-listed-value"});

// edit_image: reading its tasks
void client.editImage.get("task-id");
void client.editImage.wait("task-id");
void client.editImage.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
