// Generated from specs/veo-3-1.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type Veo31Actions, type Veo31Model, type Veo31Models, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<Veo31Model>().toEqualTypeOf<"veo-3.1" | "veo-3.1-fast" | "veo-3.1-lite">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<Veo31Models, Pick<Veo31Actions, "extend_video" | "upscale_video">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// extend_video: extend_video
void client.extendVideo.create({"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_task_id is required
void client.extendVideo.create({"prompt":"A paper boat drifting down a rainy street, slow dolly shot"});

// text_to_video: veo-3.1
void client.create({"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_task_id is not a parameter of veo-3.1
void client.create({"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error output_resolution is not a parameter of veo-3.1
void client.create({"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
// @ts-expect-error index is not a parameter of veo-3.1
void client.create({"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","index":1});
// @ts-expect-error input_mode accepts only text, first_and_last_frames, reference
void client.create({"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","input_mode":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, auto
void client.create({"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error duration_seconds accepts only 4, 6, 8
void client.create({"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
void client.create({ ...{"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"veo-3.1">();
expectTypeOf(client.estimateCost({"model":"veo-3.1","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "veo-3.1" });
void client.wait("task-id", { model: "veo-3.1" });
void client.watch("task-id", { model: "veo-3.1" });

// text_to_video: veo-3.1-fast
void client.create({"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_task_id is not a parameter of veo-3.1-fast
void client.create({"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error output_resolution is not a parameter of veo-3.1-fast
void client.create({"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
// @ts-expect-error index is not a parameter of veo-3.1-fast
void client.create({"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","index":1});
// @ts-expect-error input_mode accepts only text, first_and_last_frames, reference
void client.create({"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","input_mode":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, auto
void client.create({"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error duration_seconds accepts only 4, 6, 8
void client.create({"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
void client.create({ ...{"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"veo-3.1-fast">();
expectTypeOf(client.estimateCost({"model":"veo-3.1-fast","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "veo-3.1-fast" });
void client.wait("task-id", { model: "veo-3.1-fast" });
void client.watch("task-id", { model: "veo-3.1-fast" });

// text_to_video: veo-3.1-lite
void client.create({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_task_id is not a parameter of veo-3.1-lite
void client.create({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_task_id":"x"});
// @ts-expect-error seeds is not a parameter of veo-3.1-lite
void client.create({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot","seeds":1});
// @ts-expect-error output_resolution is not a parameter of veo-3.1-lite
void client.create({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"1080p"});
// @ts-expect-error index is not a parameter of veo-3.1-lite
void client.create({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot","index":1});
// @ts-expect-error input_mode accepts only text, first_and_last_frames, reference
void client.create({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot","input_mode":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16
void client.create({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error duration_seconds accepts only 4, 6, 8
void client.create({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
void client.create({ ...{"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error aspect_ratio of veo-3.1-lite is one of 16:9, 9:16, not auto
void client.create({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"auto"});
expectTypeOf((await client.run({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"veo-3.1-lite">();
expectTypeOf(client.estimateCost({"model":"veo-3.1-lite","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "veo-3.1-lite" });
void client.wait("task-id", { model: "veo-3.1-lite" });
void client.watch("task-id", { model: "veo-3.1-lite" });

// upscale_video: upscale_video
void client.upscaleVideo.create({});
// @ts-expect-error output_resolution accepts only 1080p, 4k
void client.upscaleVideo.create({"output_resolution":"not-a-listed-value"});

// extend_video: reading its tasks
void client.extendVideo.get("task-id");
void client.extendVideo.wait("task-id");
void client.extendVideo.watch("task-id");

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");

// upscale_video: reading its tasks
void client.upscaleVideo.get("task-id");
void client.upscaleVideo.wait("task-id");
void client.upscaleVideo.watch("task-id");
