// Generated from specs/midjourney.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type MidjourneyActions, type MidjourneyModel, type MidjourneyModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<MidjourneyModel>().toEqualTypeOf<"midjourney-edit-image" | "midjourney-v8.1">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<MidjourneyModels, Pick<MidjourneyActions, "extend_video" | "get_seed" | "image_to_prompt" | "image_to_video" | "shorten_prompt">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_image: midjourney-edit-image
void client.create({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
// @ts-expect-error prompt is required
void client.create({"model":"midjourney-edit-image","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_task_id is not a parameter of midjourney-edit-image
void client.create({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","source_task_id":"x"});
// @ts-expect-error image_id is not a parameter of midjourney-edit-image
void client.create({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","image_id":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of midjourney-edit-image
void client.create({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","last_frame_image_url":"x"});
// @ts-expect-error output_resolution is not a parameter of midjourney-edit-image
void client.create({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","output_resolution":"480p"});
// @ts-expect-error enable_loop is not a parameter of midjourney-edit-image
void client.create({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","enable_loop":false});
// @ts-expect-error enable_prompt_translation is not a parameter of midjourney-edit-image
void client.create({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","enable_prompt_translation":false});
void client.create({ ...{"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"})).model).toEqualTypeOf<"midjourney-edit-image">();
expectTypeOf(client.estimateCost({"model":"midjourney-edit-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "midjourney-edit-image" });
void client.wait("task-id", { model: "midjourney-edit-image" });
void client.watch("task-id", { model: "midjourney-edit-image" });

// extend_video: midjourney-image-to-video
void client.extendVideo.create({"model":"midjourney-image-to-video","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_task_id is required
void client.extendVideo.create({"model":"midjourney-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});

// get_seed: get_seed
void client.getSeed.create({"image_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error image_id is required
void client.getSeed.create({});

// image_to_prompt: image_to_prompt
void client.imageToPrompt.create({"source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.imageToPrompt.create({});
void client.imageToPrompt.create({ ...{"source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });

// image_to_video: midjourney-image-to-video
void client.imageToVideo.create({"model":"midjourney-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.imageToVideo.create({"model":"midjourney-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error output_resolution accepts only 480p
void client.imageToVideo.create({"model":"midjourney-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"https://example.com/source.png","output_resolution":"not-a-listed-value"});
void client.imageToVideo.create({ ...{"model":"midjourney-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.imageToVideo.create({ ...{"model":"midjourney-image-to-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_image_url":"https://example.com/source.png"}, "prompt": new Blob(["local file"]) });

// shorten_prompt: shorten_prompt
void client.shortenPrompt.create({"prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.shortenPrompt.create({});

// text_to_image: midjourney-v8.1
void client.create({"model":"midjourney-v8.1","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.create({"model":"midjourney-v8.1"});
// @ts-expect-error source_image_url is not a parameter of midjourney-v8.1
void client.create({"model":"midjourney-v8.1","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"x"});
// @ts-expect-error mask_url is not a parameter of midjourney-v8.1
void client.create({"model":"midjourney-v8.1","prompt":"A lighthouse on a cliff at dawn, oil painting","mask_url":"x"});
// @ts-expect-error source_task_id is not a parameter of midjourney-v8.1
void client.create({"model":"midjourney-v8.1","prompt":"A lighthouse on a cliff at dawn, oil painting","source_task_id":"x"});
// @ts-expect-error image_id is not a parameter of midjourney-v8.1
void client.create({"model":"midjourney-v8.1","prompt":"A lighthouse on a cliff at dawn, oil painting","image_id":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of midjourney-v8.1
void client.create({"model":"midjourney-v8.1","prompt":"A lighthouse on a cliff at dawn, oil painting","last_frame_image_url":"x"});
// @ts-expect-error output_resolution is not a parameter of midjourney-v8.1
void client.create({"model":"midjourney-v8.1","prompt":"A lighthouse on a cliff at dawn, oil painting","output_resolution":"480p"});
// @ts-expect-error enable_loop is not a parameter of midjourney-v8.1
void client.create({"model":"midjourney-v8.1","prompt":"A lighthouse on a cliff at dawn, oil painting","enable_loop":false});
expectTypeOf((await client.run({"model":"midjourney-v8.1","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"midjourney-v8.1">();
expectTypeOf(client.estimateCost({"model":"midjourney-v8.1","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "midjourney-v8.1" });
void client.wait("task-id", { model: "midjourney-v8.1" });
void client.watch("task-id", { model: "midjourney-v8.1" });

// edit_image: reading its tasks
void client.editImage.get("task-id");
void client.editImage.wait("task-id");
void client.editImage.watch("task-id");

// extend_video: reading its tasks
void client.extendVideo.get("task-id");
void client.extendVideo.wait("task-id");
void client.extendVideo.watch("task-id");

// get_seed: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.getSeed.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.getSeed.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.getSeed.watch("task-id");
void client.getSeed.wait({ id: "task-id", status: "completed" });

// image_to_prompt: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.imageToPrompt.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.imageToPrompt.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.imageToPrompt.watch("task-id");
void client.imageToPrompt.wait({ id: "task-id", status: "completed" });

// image_to_video: reading its tasks
void client.imageToVideo.get("task-id");
void client.imageToVideo.wait("task-id");
void client.imageToVideo.watch("task-id");

// shorten_prompt: reading its tasks
// @ts-expect-error a synchronous result has no task to read by id
void client.shortenPrompt.get("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.shortenPrompt.wait("task-id");
// @ts-expect-error a synchronous result has no task to read by id
void client.shortenPrompt.watch("task-id");
void client.shortenPrompt.wait({ id: "task-id", status: "completed" });

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
