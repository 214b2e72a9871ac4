// Generated from specs/flux.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type FluxActions, type FluxModel, type FluxModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<FluxModel>().toEqualTypeOf<"flux-2-klein">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<FluxModels, Pick<FluxActions, "remix_image" | "text_to_image">>>();
// A delivered callback of an action reached by property is a task too (never `never`).
const deliveredStatus: string = parseCallback("{}").status;
void deliveredStatus;
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// remix_image: flux-dev
void client.remixImage.create({"model":"flux-dev","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
// @ts-expect-error prompt is required
void client.remixImage.create({"model":"flux-dev","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.remixImage.create({"model":"flux-dev","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
void client.remixImage.create({"model":"flux-dev","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1
void client.remixImage.create({"model":"flux-dev","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","output_count":"not-a-listed-value"});
void client.remixImage.create({ ...{"model":"flux-dev","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.remixImage.create({ ...{"model":"flux-dev","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "prompt": new Blob(["local file"]) });

// remix_image: flux-pro
void client.remixImage.create({"model":"flux-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
// @ts-expect-error prompt is required
void client.remixImage.create({"model":"flux-pro","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.remixImage.create({"model":"flux-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
void client.remixImage.create({"model":"flux-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1
void client.remixImage.create({"model":"flux-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","output_count":"not-a-listed-value"});
void client.remixImage.create({ ...{"model":"flux-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.remixImage.create({ ...{"model":"flux-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "prompt": new Blob(["local file"]) });

// text_to_image: flux-2-klein
void client.create({"model":"flux-2-klein","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.create({"model":"flux-2-klein"});
// @ts-expect-error source_image_url is not a parameter of flux-2-klein
void client.create({"model":"flux-2-klein","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"x"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
void client.create({"model":"flux-2-klein","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1
void client.create({"model":"flux-2-klein","prompt":"A lighthouse on a cliff at dawn, oil painting","output_count":"not-a-listed-value"});
expectTypeOf((await client.run({"model":"flux-2-klein","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"flux-2-klein">();
expectTypeOf(client.estimateCost({"model":"flux-2-klein","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "flux-2-klein" });
void client.wait("task-id", { model: "flux-2-klein" });
void client.watch("task-id", { model: "flux-2-klein" });

// text_to_image: flux-dev
void client.textToImage.create({"model":"flux-dev","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.textToImage.create({"model":"flux-dev"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
void client.textToImage.create({"model":"flux-dev","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1
void client.textToImage.create({"model":"flux-dev","prompt":"A lighthouse on a cliff at dawn, oil painting","output_count":"not-a-listed-value"});

// text_to_image: flux-pro
void client.textToImage.create({"model":"flux-pro","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error prompt is required
void client.textToImage.create({"model":"flux-pro"});
// @ts-expect-error aspect_ratio accepts only 1:1, 4:3, 3:4, 16:9, 9:16, 3:2, 2:3
void client.textToImage.create({"model":"flux-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1
void client.textToImage.create({"model":"flux-pro","prompt":"A lighthouse on a cliff at dawn, oil painting","output_count":"not-a-listed-value"});

// remix_image: reading its tasks
void client.remixImage.get("task-id");
void client.remixImage.wait("task-id");
void client.remixImage.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
