// Generated from specs/pixverse.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type PixverseActions, type PixverseModel, type PixverseModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<PixverseModel>().toEqualTypeOf<never>();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<PixverseModels, Pick<PixverseActions, "edit_video" | "extend_video" | "image_to_video" | "text_to_video" | "transition_video">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_video: pixverse-v6
void client.editVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"16:9"});
// @ts-expect-error prompt is required
void client.editVideo.create({"model":"pixverse-v6","output_resolution":"720p","duration_seconds":5,"reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"16:9"});
// @ts-expect-error output_resolution is required
void client.editVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"16:9"});
// @ts-expect-error duration_seconds is required
void client.editVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"16:9"});
// @ts-expect-error reference_image_urls is required
void client.editVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"aspect_ratio":"16:9"});
// @ts-expect-error aspect_ratio is required
void client.editVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error output_resolution accepts only 360p, 540p, 720p, 1080p
void client.editVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value","duration_seconds":5,"reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"16:9"});
// @ts-expect-error enable_audio accepts only true, false
void client.editVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"16:9","enable_audio":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 4:3, 1:1, 3:4, 9:16, 2:3, 3:2, 21:9
void client.editVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"not-a-listed-value"});
void client.editVideo.create({ ...{"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"16:9"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.editVideo.create({ ...{"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"16:9"}, "prompt": new Blob(["local file"]) });

// extend_video: pixverse-v6
void client.extendVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error prompt is required
void client.extendVideo.create({"model":"pixverse-v6","output_resolution":"720p","duration_seconds":5,"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error output_resolution is required
void client.extendVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error duration_seconds is required
void client.extendVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error source_task_id is required
void client.extendVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5});
// @ts-expect-error output_resolution accepts only 360p, 540p, 720p, 1080p
void client.extendVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value","duration_seconds":5,"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7"});
// @ts-expect-error enable_audio accepts only true, false
void client.extendVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"source_task_id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","enable_audio":"not-a-listed-value"});

// image_to_video: pixverse-v6
void client.imageToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.imageToVideo.create({"model":"pixverse-v6","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error output_resolution is required
void client.imageToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error duration_seconds is required
void client.imageToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.imageToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5});
// @ts-expect-error output_resolution accepts only 360p, 540p, 720p, 1080p
void client.imageToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error enable_audio accepts only true, false
void client.imageToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","enable_audio":"not-a-listed-value"});
void client.imageToVideo.create({ ...{"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.imageToVideo.create({ ...{"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });

// text_to_video: pixverse-v6
void client.textToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"aspect_ratio":"16:9"});
// @ts-expect-error prompt is required
void client.textToVideo.create({"model":"pixverse-v6","output_resolution":"720p","duration_seconds":5,"aspect_ratio":"16:9"});
// @ts-expect-error output_resolution is required
void client.textToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"aspect_ratio":"16:9"});
// @ts-expect-error duration_seconds is required
void client.textToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","aspect_ratio":"16:9"});
// @ts-expect-error aspect_ratio is required
void client.textToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5});
// @ts-expect-error output_resolution accepts only 360p, 540p, 720p, 1080p
void client.textToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value","duration_seconds":5,"aspect_ratio":"16:9"});
// @ts-expect-error enable_audio accepts only true, false
void client.textToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"aspect_ratio":"16:9","enable_audio":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 16:9, 4:3, 1:1, 3:4, 9:16, 2:3, 3:2, 21:9
void client.textToVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"aspect_ratio":"not-a-listed-value"});

// transition_video: pixverse-v6
void client.transitionVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","last_frame_image_url":"https://example.com/last-frame.png"});
// @ts-expect-error prompt is required
void client.transitionVideo.create({"model":"pixverse-v6","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","last_frame_image_url":"https://example.com/last-frame.png"});
// @ts-expect-error output_resolution is required
void client.transitionVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","last_frame_image_url":"https://example.com/last-frame.png"});
// @ts-expect-error duration_seconds is required
void client.transitionVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","first_frame_image_url":"https://example.com/first-frame.png","last_frame_image_url":"https://example.com/last-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.transitionVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"last_frame_image_url":"https://example.com/last-frame.png"});
// @ts-expect-error last_frame_image_url is required
void client.transitionVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error output_resolution accepts only 360p, 540p, 720p, 1080p
void client.transitionVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","last_frame_image_url":"https://example.com/last-frame.png"});
// @ts-expect-error enable_audio accepts only true, false
void client.transitionVideo.create({"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","last_frame_image_url":"https://example.com/last-frame.png","enable_audio":"not-a-listed-value"});
void client.transitionVideo.create({ ...{"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","last_frame_image_url":"https://example.com/last-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.transitionVideo.create({ ...{"model":"pixverse-v6","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"720p","duration_seconds":5,"first_frame_image_url":"https://example.com/first-frame.png","last_frame_image_url":"https://example.com/last-frame.png"}, "prompt": new Blob(["local file"]) });

// edit_video: reading its tasks
void client.editVideo.get("task-id");
void client.editVideo.wait("task-id");
void client.editVideo.watch("task-id");

// extend_video: reading its tasks
void client.extendVideo.get("task-id");
void client.extendVideo.wait("task-id");
void client.extendVideo.watch("task-id");

// image_to_video: reading its tasks
void client.imageToVideo.get("task-id");
void client.imageToVideo.wait("task-id");
void client.imageToVideo.watch("task-id");

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");

// transition_video: reading its tasks
void client.transitionVideo.get("task-id");
void client.transitionVideo.wait("task-id");
void client.transitionVideo.watch("task-id");
