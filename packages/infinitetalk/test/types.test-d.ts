// Generated from specs/infinitetalk.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type InfinitetalkModel, type InfinitetalkModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<InfinitetalkModel>().toEqualTypeOf<"infinitetalk-from-audio">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<InfinitetalkModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"infinitetalk-from-audio">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// audio_to_video: infinitetalk-from-audio
void client.create({"model":"infinitetalk-from-audio","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_image_url is required
void client.create({"model":"infinitetalk-from-audio","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error source_audio_url is required
void client.create({"model":"infinitetalk-from-audio","source_image_url":"https://example.com/source.png","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error output_resolution accepts only 480p, 720p
void client.create({"model":"infinitetalk-from-audio","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"infinitetalk-from-audio","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"infinitetalk-from-audio","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"infinitetalk-from-audio","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"infinitetalk-from-audio">();
expectTypeOf(client.estimateCost({"model":"infinitetalk-from-audio","source_image_url":"https://example.com/source.png","source_audio_url":"https://example.com/source.mp3","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<RateCost>();
void client.get("task-id", { model: "infinitetalk-from-audio" });
void client.wait("task-id", { model: "infinitetalk-from-audio" });
void client.watch("task-id", { model: "infinitetalk-from-audio" });

// audio_to_video: reading its tasks
void client.audioToVideo.get("task-id");
void client.audioToVideo.wait("task-id");
void client.audioToVideo.watch("task-id");
