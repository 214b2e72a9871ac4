// Generated from specs/minimax-h3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type MinimaxH3Actions, type MinimaxH3Model, type MinimaxH3Models, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<MinimaxH3Model>().toEqualTypeOf<never>();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<MinimaxH3Models, Pick<MinimaxH3Actions, "image_to_video" | "text_to_video">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// image_to_video: minimax-h3
void client.imageToVideo.create({"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error prompt is required
void client.imageToVideo.create({"model":"minimax-h3","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error duration_seconds accepts only 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
void client.imageToVideo.create({"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 768p, 2k
void client.imageToVideo.create({"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"not-a-listed-value"});
void client.imageToVideo.create({ ...{"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.imageToVideo.create({ ...{"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });

// text_to_video: minimax-h3
void client.textToVideo.create({"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"21:9"});
// @ts-expect-error prompt is required
void client.textToVideo.create({"model":"minimax-h3","aspect_ratio":"21:9"});
// @ts-expect-error duration_seconds accepts only 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
void client.textToVideo.create({"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"21:9","duration_seconds":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 768p, 2k
void client.textToVideo.create({"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"21:9","output_resolution":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only adaptive, 21:9, 16:9, 4:3, 1:1, 3:4, 9:16
void client.textToVideo.create({"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"not-a-listed-value"});
void client.textToVideo.create({ ...{"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"21:9"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.textToVideo.create({ ...{"model":"minimax-h3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","aspect_ratio":"21:9"}, "prompt": new Blob(["local file"]) });

// image_to_video: reading its tasks
void client.imageToVideo.get("task-id");
void client.imageToVideo.wait("task-id");
void client.imageToVideo.watch("task-id");

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");
