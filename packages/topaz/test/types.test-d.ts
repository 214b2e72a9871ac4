// Generated from specs/topaz.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type TopazModel, type TopazModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<TopazModel>().toEqualTypeOf<"topaz-upscale-image" | "topaz-upscale-video">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<TopazModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"topaz-upscale-image" | "topaz-upscale-video">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// upscale_image: topaz-upscale-image
void client.create({"model":"topaz-upscale-image","source_image_url":"https://example.com/source.png","upscale_factor":1});
// @ts-expect-error source_image_url is required
void client.create({"model":"topaz-upscale-image","upscale_factor":1});
// @ts-expect-error upscale_factor is required
void client.create({"model":"topaz-upscale-image","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_video_url is not a parameter of topaz-upscale-image
void client.create({"model":"topaz-upscale-image","source_image_url":"https://example.com/source.png","upscale_factor":1,"source_video_url":"x"});
// @ts-expect-error upscale_factor accepts only 1, 2, 4, 8
void client.create({"model":"topaz-upscale-image","source_image_url":"https://example.com/source.png","upscale_factor":"not-a-listed-value"});
void client.create({ ...{"model":"topaz-upscale-image","source_image_url":"https://example.com/source.png","upscale_factor":1}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.create({ ...{"model":"topaz-upscale-image","source_image_url":"https://example.com/source.png","upscale_factor":1}, "callback_url": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"topaz-upscale-image","source_image_url":"https://example.com/source.png","upscale_factor":1})).model).toEqualTypeOf<"topaz-upscale-image">();
expectTypeOf(client.estimateCost({"model":"topaz-upscale-image","source_image_url":"https://example.com/source.png","upscale_factor":1})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "topaz-upscale-image" });
void client.wait("task-id", { model: "topaz-upscale-image" });
void client.watch("task-id", { model: "topaz-upscale-image" });

// upscale_video: topaz-upscale-video
void client.create({"model":"topaz-upscale-video","source_video_url":"https://example.com/source.mp4"});
// @ts-expect-error source_video_url is required
void client.create({"model":"topaz-upscale-video"});
// @ts-expect-error source_image_url is not a parameter of topaz-upscale-video
void client.create({"model":"topaz-upscale-video","source_video_url":"https://example.com/source.mp4","source_image_url":"x"});
// @ts-expect-error upscale_factor accepts only 1, 2, 4
void client.create({"model":"topaz-upscale-video","source_video_url":"https://example.com/source.mp4","upscale_factor":"not-a-listed-value"});
void client.create({ ...{"model":"topaz-upscale-video","source_video_url":"https://example.com/source.mp4"}, "source_video_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.create({ ...{"model":"topaz-upscale-video","source_video_url":"https://example.com/source.mp4"}, "callback_url": new Blob(["local file"]) });
// @ts-expect-error upscale_factor of topaz-upscale-video is one of 1, 2, 4, not 8
void client.create({"model":"topaz-upscale-video","source_video_url":"https://example.com/source.mp4","upscale_factor":8});
expectTypeOf((await client.run({"model":"topaz-upscale-video","source_video_url":"https://example.com/source.mp4"})).model).toEqualTypeOf<"topaz-upscale-video">();
expectTypeOf(client.estimateCost({"model":"topaz-upscale-video","source_video_url":"https://example.com/source.mp4"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "topaz-upscale-video" });
void client.wait("task-id", { model: "topaz-upscale-video" });
void client.watch("task-id", { model: "topaz-upscale-video" });

// upscale_image: reading its tasks
void client.upscaleImage.get("task-id");
void client.upscaleImage.wait("task-id");
void client.upscaleImage.watch("task-id");

// upscale_video: reading its tasks
void client.upscaleVideo.get("task-id");
void client.upscaleVideo.wait("task-id");
void client.upscaleVideo.watch("task-id");
