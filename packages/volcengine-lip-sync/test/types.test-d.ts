// Generated from specs/volcengine-lip-sync.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type VolcengineLipSyncModel, type VolcengineLipSyncModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<VolcengineLipSyncModel>().toEqualTypeOf<"volcengine-lip-sync">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<VolcengineLipSyncModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"volcengine-lip-sync">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// lip_sync_video: volcengine-lip-sync
void client.create({"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error mode is required
void client.create({"model":"volcengine-lip-sync","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error source_video_url is required
void client.create({"model":"volcengine-lip-sync","mode":"lite","source_audio_url":"https://example.com/source.mp3"});
// @ts-expect-error source_audio_url is required
void client.create({"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4"});
// @ts-expect-error mode accepts only lite, basic
void client.create({"model":"volcengine-lip-sync","mode":"not-a-listed-value","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"});
void client.create({ ...{"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"}, "source_video_url": new Blob(["local file"]) });
// @ts-expect-error mode does not take a local file
void client.create({ ...{"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"}, "mode": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"})).model).toEqualTypeOf<"volcengine-lip-sync">();
expectTypeOf(client.estimateCost({"model":"volcengine-lip-sync","mode":"lite","source_video_url":"https://example.com/source.mp4","source_audio_url":"https://example.com/source.mp3"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "volcengine-lip-sync" });
void client.wait("task-id", { model: "volcengine-lip-sync" });
void client.watch("task-id", { model: "volcengine-lip-sync" });

// lip_sync_video: reading its tasks
void client.lipSyncVideo.get("task-id");
void client.lipSyncVideo.wait("task-id");
void client.lipSyncVideo.watch("task-id");
