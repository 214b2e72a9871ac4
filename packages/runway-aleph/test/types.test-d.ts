// Generated from specs/runway-aleph.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type RunwayAlephModel, type RunwayAlephModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<RunwayAlephModel>().toEqualTypeOf<"runway-aleph">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<RunwayAlephModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"runway-aleph">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_video: runway-aleph
void client.create({"model":"runway-aleph","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"});
// @ts-expect-error prompt is required
void client.create({"model":"runway-aleph","source_video_url":"https://example.com/source.mp4"});
// @ts-expect-error source_video_url is required
void client.create({"model":"runway-aleph","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error aspect_ratio accepts only 16:9, 9:16, 4:3, 3:4, 1:1, 21:9
void client.create({"model":"runway-aleph","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4","aspect_ratio":"not-a-listed-value"});
void client.create({ ...{"model":"runway-aleph","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"}, "source_video_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"runway-aleph","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"runway-aleph","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"})).model).toEqualTypeOf<"runway-aleph">();
expectTypeOf(client.estimateCost({"model":"runway-aleph","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "runway-aleph" });
void client.wait("task-id", { model: "runway-aleph" });
void client.watch("task-id", { model: "runway-aleph" });

// edit_video: reading its tasks
void client.editVideo.get("task-id");
void client.editVideo.wait("task-id");
void client.editVideo.watch("task-id");
