// Generated from specs/runway.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type RunwayActions, type RunwayModel, type RunwayModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<RunwayModel>().toEqualTypeOf<never>();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<RunwayModels, Pick<RunwayActions, "extend_video" | "text_to_video">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// extend_video: runway
void client.extendVideo.create({"model":"runway","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error source_task_id is required
void client.extendVideo.create({"model":"runway","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p"});
// @ts-expect-error prompt is required
void client.extendVideo.create({"model":"runway","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","output_resolution":"720p"});
// @ts-expect-error output_resolution is required
void client.extendVideo.create({"model":"runway","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.extendVideo.create({"model":"runway","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});

// text_to_video: runway
void client.textToVideo.create({"model":"runway","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_resolution":"720p","aspect_ratio":"16:9"});
// @ts-expect-error prompt is required
void client.textToVideo.create({"model":"runway","duration_seconds":5,"output_resolution":"720p","aspect_ratio":"16:9"});
// @ts-expect-error duration_seconds is required
void client.textToVideo.create({"model":"runway","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","aspect_ratio":"16:9"});
// @ts-expect-error output_resolution is required
void client.textToVideo.create({"model":"runway","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"aspect_ratio":"16:9"});
// @ts-expect-error duration_seconds accepts only 5, 10
void client.textToVideo.create({"model":"runway","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value","output_resolution":"720p","aspect_ratio":"16:9"});
// @ts-expect-error output_resolution accepts only 720p, 1080p
void client.textToVideo.create({"model":"runway","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_resolution":"not-a-listed-value","aspect_ratio":"16:9"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 1:1, 4:3, 3:4
void client.textToVideo.create({"model":"runway","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_resolution":"720p","aspect_ratio":"not-a-listed-value"});
void client.textToVideo.create({ ...{"model":"runway","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_resolution":"720p","aspect_ratio":"16:9"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.textToVideo.create({ ...{"model":"runway","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"output_resolution":"720p","aspect_ratio":"16:9"}, "prompt": new Blob(["local file"]) });

// extend_video: reading its tasks
void client.extendVideo.get("task-id");
void client.extendVideo.wait("task-id");
void client.extendVideo.watch("task-id");

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");
