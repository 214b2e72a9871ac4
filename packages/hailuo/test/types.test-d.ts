// Generated from specs/hailuo.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type HailuoModel, type HailuoModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<HailuoModel>().toEqualTypeOf<"hailuo-02-image-to-video-pro" | "hailuo-02-image-to-video-standard" | "hailuo-2.3-image-to-video-pro" | "hailuo-2.3-image-to-video-standard" | "hailuo-02-text-to-video-pro" | "hailuo-02-text-to-video-standard">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<HailuoModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"hailuo-02-image-to-video-pro" | "hailuo-02-image-to-video-standard" | "hailuo-2.3-image-to-video-pro" | "hailuo-2.3-image-to-video-standard" | "hailuo-02-text-to-video-pro" | "hailuo-02-text-to-video-standard">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// image_to_video: hailuo-02-image-to-video-pro
void client.create({"model":"hailuo-02-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"hailuo-02-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
void client.create({ ...{"model":"hailuo-02-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"hailuo-02-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"hailuo-02-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"hailuo-02-image-to-video-pro">();
expectTypeOf(client.estimateCost({"model":"hailuo-02-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "hailuo-02-image-to-video-pro" });
void client.wait("task-id", { model: "hailuo-02-image-to-video-pro" });
void client.watch("task-id", { model: "hailuo-02-image-to-video-pro" });

// image_to_video: hailuo-02-image-to-video-standard
void client.create({"model":"hailuo-02-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"hailuo-02-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error duration_seconds accepts only 6, 10
void client.create({"model":"hailuo-02-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 512p, 768p
void client.create({"model":"hailuo-02-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"hailuo-02-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"hailuo-02-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of hailuo-02-image-to-video-standard is one of 512p, 768p, not 1080p
void client.create({"model":"hailuo-02-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"1080p"});
expectTypeOf((await client.run({"model":"hailuo-02-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"hailuo-02-image-to-video-standard">();
expectTypeOf(client.estimateCost({"model":"hailuo-02-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "hailuo-02-image-to-video-standard" });
void client.wait("task-id", { model: "hailuo-02-image-to-video-standard" });
void client.watch("task-id", { model: "hailuo-02-image-to-video-standard" });

// image_to_video: hailuo-2.3-image-to-video-pro
void client.create({"model":"hailuo-2.3-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"hailuo-2.3-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error duration_seconds accepts only 6, 10
void client.create({"model":"hailuo-2.3-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 768p, 1080p
void client.create({"model":"hailuo-2.3-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"hailuo-2.3-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"hailuo-2.3-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of hailuo-2.3-image-to-video-pro is one of 768p, 1080p, not 512p
void client.create({"model":"hailuo-2.3-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"512p"});
expectTypeOf((await client.run({"model":"hailuo-2.3-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"hailuo-2.3-image-to-video-pro">();
expectTypeOf(client.estimateCost({"model":"hailuo-2.3-image-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "hailuo-2.3-image-to-video-pro" });
void client.wait("task-id", { model: "hailuo-2.3-image-to-video-pro" });
void client.watch("task-id", { model: "hailuo-2.3-image-to-video-pro" });

// image_to_video: hailuo-2.3-image-to-video-standard
void client.create({"model":"hailuo-2.3-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"});
// @ts-expect-error first_frame_image_url is required
void client.create({"model":"hailuo-2.3-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error duration_seconds accepts only 6, 10
void client.create({"model":"hailuo-2.3-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","duration_seconds":"not-a-listed-value"});
// @ts-expect-error output_resolution accepts only 768p, 1080p
void client.create({"model":"hailuo-2.3-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"not-a-listed-value"});
void client.create({ ...{"model":"hailuo-2.3-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "first_frame_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"hailuo-2.3-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error output_resolution of hailuo-2.3-image-to-video-standard is one of 768p, 1080p, not 512p
void client.create({"model":"hailuo-2.3-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png","output_resolution":"512p"});
expectTypeOf((await client.run({"model":"hailuo-2.3-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).model).toEqualTypeOf<"hailuo-2.3-image-to-video-standard">();
expectTypeOf(client.estimateCost({"model":"hailuo-2.3-image-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"https://example.com/first-frame.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "hailuo-2.3-image-to-video-standard" });
void client.wait("task-id", { model: "hailuo-2.3-image-to-video-standard" });
void client.watch("task-id", { model: "hailuo-2.3-image-to-video-standard" });

// text_to_video: hailuo-02-text-to-video-pro
void client.create({"model":"hailuo-02-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error first_frame_image_url is not a parameter of hailuo-02-text-to-video-pro
void client.create({"model":"hailuo-02-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of hailuo-02-text-to-video-pro
void client.create({"model":"hailuo-02-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error output_resolution is not a parameter of hailuo-02-text-to-video-pro
void client.create({"model":"hailuo-02-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"x"});
expectTypeOf((await client.run({"model":"hailuo-02-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"hailuo-02-text-to-video-pro">();
expectTypeOf(client.estimateCost({"model":"hailuo-02-text-to-video-pro","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "hailuo-02-text-to-video-pro" });
void client.wait("task-id", { model: "hailuo-02-text-to-video-pro" });
void client.watch("task-id", { model: "hailuo-02-text-to-video-pro" });

// text_to_video: hailuo-02-text-to-video-standard
void client.create({"model":"hailuo-02-text-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot"});
// @ts-expect-error first_frame_image_url is not a parameter of hailuo-02-text-to-video-standard
void client.create({"model":"hailuo-02-text-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","first_frame_image_url":"x"});
// @ts-expect-error last_frame_image_url is not a parameter of hailuo-02-text-to-video-standard
void client.create({"model":"hailuo-02-text-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","last_frame_image_url":"x"});
// @ts-expect-error output_resolution is not a parameter of hailuo-02-text-to-video-standard
void client.create({"model":"hailuo-02-text-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","output_resolution":"x"});
// @ts-expect-error duration_seconds accepts only 6, 10
void client.create({"model":"hailuo-02-text-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot","duration_seconds":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"hailuo-02-text-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).model).toEqualTypeOf<"hailuo-02-text-to-video-standard">();
expectTypeOf(client.estimateCost({"model":"hailuo-02-text-to-video-standard","prompt":"A paper boat drifting down a rainy street, slow dolly shot"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "hailuo-02-text-to-video-standard" });
void client.wait("task-id", { model: "hailuo-02-text-to-video-standard" });
void client.watch("task-id", { model: "hailuo-02-text-to-video-standard" });

// image_to_video: reading its tasks
void client.imageToVideo.get("task-id");
void client.imageToVideo.wait("task-id");
void client.imageToVideo.watch("task-id");

// text_to_video: reading its tasks
void client.textToVideo.get("task-id");
void client.textToVideo.wait("task-id");
void client.textToVideo.watch("task-id");
