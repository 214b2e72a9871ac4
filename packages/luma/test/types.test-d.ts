// Generated from specs/luma.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type LumaModel, type LumaModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<LumaModel>().toEqualTypeOf<"luma-modify-video">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<LumaModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"luma-modify-video">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// modify_video: luma-modify-video
void client.create({"model":"luma-modify-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"});
// @ts-expect-error prompt is required
void client.create({"model":"luma-modify-video","source_video_url":"https://example.com/source.mp4"});
// @ts-expect-error source_video_url is required
void client.create({"model":"luma-modify-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
void client.create({ ...{"model":"luma-modify-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"}, "source_video_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"luma-modify-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"luma-modify-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"})).model).toEqualTypeOf<"luma-modify-video">();
expectTypeOf(client.estimateCost({"model":"luma-modify-video","prompt":"A paper boat drifting down a rainy street, slow dolly shot","source_video_url":"https://example.com/source.mp4"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "luma-modify-video" });
void client.wait("task-id", { model: "luma-modify-video" });
void client.watch("task-id", { model: "luma-modify-video" });

// modify_video: reading its tasks
void client.modifyVideo.get("task-id");
void client.modifyVideo.wait("task-id");
void client.modifyVideo.watch("task-id");
