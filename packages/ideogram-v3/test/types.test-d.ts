// Generated from specs/ideogram-v3.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type IdeogramV3Model, type IdeogramV3Models, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<IdeogramV3Model>().toEqualTypeOf<"ideogram-v3-character-edit" | "ideogram-v3-edit" | "ideogram-v3-reframe" | "ideogram-v3-character-remix" | "ideogram-v3-remix" | "ideogram-v3-character" | "ideogram-v3-text-to-image">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<IdeogramV3Models>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"ideogram-v3-character-edit" | "ideogram-v3-edit" | "ideogram-v3-reframe" | "ideogram-v3-character-remix" | "ideogram-v3-remix" | "ideogram-v3-character" | "ideogram-v3-text-to-image">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// edit_image: ideogram-v3-character-edit
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error source_image_url is required
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error mask_url is required
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error reference_image_urls is required
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png"});
// @ts-expect-error aspect_ratio is not a parameter of ideogram-v3-character-edit
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"1:1"});
// @ts-expect-error strength is not a parameter of ideogram-v3-character-edit
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"],"strength":1});
// @ts-expect-error negative_prompt is not a parameter of ideogram-v3-character-edit
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"],"negative_prompt":"x"});
// @ts-expect-error style_reference_image_urls is not a parameter of ideogram-v3-character-edit
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"],"style_reference_image_urls":["x"]});
// @ts-expect-error reference_mask_urls is not a parameter of ideogram-v3-character-edit
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"],"reference_mask_urls":["x"]});
// @ts-expect-error rendering_speed accepts only turbo, balanced, quality
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"],"rendering_speed":"not-a-listed-value"});
// @ts-expect-error style accepts only auto, realistic, fiction
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"],"style":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1, 2, 3, 4
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"],"output_count":"not-a-listed-value"});
void client.create({ ...{"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"]}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"]}, "prompt": new Blob(["local file"]) });
// @ts-expect-error style of ideogram-v3-character-edit is one of auto, realistic, fiction, not general
void client.create({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"],"style":"general"});
expectTypeOf((await client.run({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"]})).model).toEqualTypeOf<"ideogram-v3-character-edit">();
expectTypeOf(client.estimateCost({"model":"ideogram-v3-character-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_image_urls":["https://example.com/reference.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "ideogram-v3-character-edit" });
void client.wait("task-id", { model: "ideogram-v3-character-edit" });
void client.watch("task-id", { model: "ideogram-v3-character-edit" });

// edit_image: ideogram-v3-edit
void client.create({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","mask_url":"https://example.com/mask.png"});
// @ts-expect-error mask_url is required
void client.create({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
// @ts-expect-error aspect_ratio is not a parameter of ideogram-v3-edit
void client.create({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","aspect_ratio":"1:1"});
// @ts-expect-error strength is not a parameter of ideogram-v3-edit
void client.create({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","strength":1});
// @ts-expect-error negative_prompt is not a parameter of ideogram-v3-edit
void client.create({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","negative_prompt":"x"});
// @ts-expect-error style_reference_image_urls is not a parameter of ideogram-v3-edit
void client.create({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","style_reference_image_urls":["x"]});
// @ts-expect-error reference_mask_urls is not a parameter of ideogram-v3-edit
void client.create({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","reference_mask_urls":["x"]});
// @ts-expect-error rendering_speed accepts only turbo, balanced, quality
void client.create({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","rendering_speed":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1, 2, 3, 4
void client.create({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png","output_count":"not-a-listed-value"});
void client.create({ ...{"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png"}, "prompt": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png"})).model).toEqualTypeOf<"ideogram-v3-edit">();
expectTypeOf(client.estimateCost({"model":"ideogram-v3-edit","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"https://example.com/mask.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "ideogram-v3-edit" });
void client.wait("task-id", { model: "ideogram-v3-edit" });
void client.watch("task-id", { model: "ideogram-v3-edit" });

// reframe_image: ideogram-v3-reframe
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"ideogram-v3-reframe"});
// @ts-expect-error prompt is not a parameter of ideogram-v3-reframe
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","prompt":"x"});
// @ts-expect-error mask_url is not a parameter of ideogram-v3-reframe
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","mask_url":"x"});
// @ts-expect-error enable_prompt_expansion is not a parameter of ideogram-v3-reframe
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","enable_prompt_expansion":true});
// @ts-expect-error reference_image_urls is not a parameter of ideogram-v3-reframe
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","reference_image_urls":["x"]});
// @ts-expect-error strength is not a parameter of ideogram-v3-reframe
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","strength":1});
// @ts-expect-error negative_prompt is not a parameter of ideogram-v3-reframe
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","negative_prompt":"x"});
// @ts-expect-error style_reference_image_urls is not a parameter of ideogram-v3-reframe
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","style_reference_image_urls":["x"]});
// @ts-expect-error reference_mask_urls is not a parameter of ideogram-v3-reframe
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","reference_mask_urls":["x"]});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:4, 9:16, 4:3, 16:9
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error rendering_speed accepts only turbo, balanced, quality
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","rendering_speed":"not-a-listed-value"});
// @ts-expect-error style accepts only auto, general, realistic, design
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","style":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1, 2, 3, 4
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","output_count":"not-a-listed-value"});
void client.create({ ...{"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error aspect_ratio does not take a local file
void client.create({ ...{"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png"}, "aspect_ratio": new Blob(["local file"]) });
// @ts-expect-error style of ideogram-v3-reframe is one of auto, general, realistic, design, not fiction
void client.create({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png","style":"fiction"});
expectTypeOf((await client.run({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png"})).model).toEqualTypeOf<"ideogram-v3-reframe">();
expectTypeOf(client.estimateCost({"model":"ideogram-v3-reframe","source_image_url":"https://example.com/source.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "ideogram-v3-reframe" });
void client.wait("task-id", { model: "ideogram-v3-reframe" });
void client.watch("task-id", { model: "ideogram-v3-reframe" });

// remix_image: ideogram-v3-character-remix
void client.create({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error source_image_url is required
void client.create({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error reference_image_urls is required
void client.create({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
// @ts-expect-error mask_url is not a parameter of ideogram-v3-character-remix
void client.create({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"],"mask_url":"x"});
// @ts-expect-error rendering_speed accepts only turbo, balanced, quality
void client.create({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"],"rendering_speed":"not-a-listed-value"});
// @ts-expect-error style accepts only auto, realistic, fiction
void client.create({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"],"style":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:4, 9:16, 4:3, 16:9
void client.create({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1, 2, 3, 4
void client.create({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"],"output_count":"not-a-listed-value"});
void client.create({ ...{"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"]}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"]}, "prompt": new Blob(["local file"]) });
// @ts-expect-error style of ideogram-v3-character-remix is one of auto, realistic, fiction, not general
void client.create({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"],"style":"general"});
expectTypeOf((await client.run({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"]})).model).toEqualTypeOf<"ideogram-v3-character-remix">();
expectTypeOf(client.estimateCost({"model":"ideogram-v3-character-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","reference_image_urls":["https://example.com/reference.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "ideogram-v3-character-remix" });
void client.wait("task-id", { model: "ideogram-v3-character-remix" });
void client.watch("task-id", { model: "ideogram-v3-character-remix" });

// remix_image: ideogram-v3-remix
void client.create({"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error mask_url is not a parameter of ideogram-v3-remix
void client.create({"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","mask_url":"x"});
// @ts-expect-error rendering_speed accepts only turbo, balanced, quality
void client.create({"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","rendering_speed":"not-a-listed-value"});
// @ts-expect-error style accepts only auto, general, realistic, design
void client.create({"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","style":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:4, 9:16, 4:3, 16:9
void client.create({"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1, 2, 3, 4
void client.create({"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","output_count":"not-a-listed-value"});
void client.create({ ...{"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error style of ideogram-v3-remix is one of auto, general, realistic, design, not fiction
void client.create({"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png","style":"fiction"});
expectTypeOf((await client.run({"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"})).model).toEqualTypeOf<"ideogram-v3-remix">();
expectTypeOf(client.estimateCost({"model":"ideogram-v3-remix","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"https://example.com/source.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "ideogram-v3-remix" });
void client.wait("task-id", { model: "ideogram-v3-remix" });
void client.watch("task-id", { model: "ideogram-v3-remix" });

// text_to_image: ideogram-v3-character
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"]});
// @ts-expect-error reference_image_urls is required
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_url is not a parameter of ideogram-v3-character
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"],"source_image_url":"x"});
// @ts-expect-error mask_url is not a parameter of ideogram-v3-character
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"],"mask_url":"x"});
// @ts-expect-error strength is not a parameter of ideogram-v3-character
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"],"strength":1});
// @ts-expect-error style_reference_image_urls is not a parameter of ideogram-v3-character
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"],"style_reference_image_urls":["x"]});
// @ts-expect-error reference_mask_urls is not a parameter of ideogram-v3-character
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"],"reference_mask_urls":["x"]});
// @ts-expect-error rendering_speed accepts only turbo, balanced, quality
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"],"rendering_speed":"not-a-listed-value"});
// @ts-expect-error style accepts only auto, realistic, fiction
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"],"style":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:4, 9:16, 4:3, 16:9
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"],"aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1, 2, 3, 4
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"],"output_count":"not-a-listed-value"});
void client.create({ ...{"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"]}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"]}, "prompt": new Blob(["local file"]) });
// @ts-expect-error style of ideogram-v3-character is one of auto, realistic, fiction, not general
void client.create({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"],"style":"general"});
expectTypeOf((await client.run({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"]})).model).toEqualTypeOf<"ideogram-v3-character">();
expectTypeOf(client.estimateCost({"model":"ideogram-v3-character","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_image_urls":["https://example.com/reference.png"]})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "ideogram-v3-character" });
void client.wait("task-id", { model: "ideogram-v3-character" });
void client.watch("task-id", { model: "ideogram-v3-character" });

// text_to_image: ideogram-v3-text-to-image
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"});
// @ts-expect-error source_image_url is not a parameter of ideogram-v3-text-to-image
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","source_image_url":"x"});
// @ts-expect-error mask_url is not a parameter of ideogram-v3-text-to-image
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","mask_url":"x"});
// @ts-expect-error strength is not a parameter of ideogram-v3-text-to-image
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","strength":1});
// @ts-expect-error style_reference_image_urls is not a parameter of ideogram-v3-text-to-image
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","style_reference_image_urls":["x"]});
// @ts-expect-error reference_mask_urls is not a parameter of ideogram-v3-text-to-image
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","reference_mask_urls":["x"]});
// @ts-expect-error rendering_speed accepts only turbo, balanced, quality
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","rendering_speed":"not-a-listed-value"});
// @ts-expect-error style accepts only auto, general, realistic, design
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","style":"not-a-listed-value"});
// @ts-expect-error aspect_ratio accepts only 1:1, 3:4, 9:16, 4:3, 16:9
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","aspect_ratio":"not-a-listed-value"});
// @ts-expect-error output_count accepts only 1, 2, 3, 4
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","output_count":"not-a-listed-value"});
void client.create({ ...{"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "reference_image_urls": [new Blob(["local file"])] });
// @ts-expect-error prompt does not take a local file
void client.create({ ...{"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"}, "prompt": new Blob(["local file"]) });
// @ts-expect-error style of ideogram-v3-text-to-image is one of auto, general, realistic, design, not fiction
void client.create({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting","style":"fiction"});
expectTypeOf((await client.run({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).model).toEqualTypeOf<"ideogram-v3-text-to-image">();
expectTypeOf(client.estimateCost({"model":"ideogram-v3-text-to-image","prompt":"A lighthouse on a cliff at dawn, oil painting"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "ideogram-v3-text-to-image" });
void client.wait("task-id", { model: "ideogram-v3-text-to-image" });
void client.watch("task-id", { model: "ideogram-v3-text-to-image" });

// edit_image: reading its tasks
void client.editImage.get("task-id");
void client.editImage.wait("task-id");
void client.editImage.watch("task-id");

// reframe_image: reading its tasks
void client.reframeImage.get("task-id");
void client.reframeImage.wait("task-id");
void client.reframeImage.watch("task-id");

// remix_image: reading its tasks
void client.remixImage.get("task-id");
void client.remixImage.wait("task-id");
void client.remixImage.watch("task-id");

// text_to_image: reading its tasks
void client.textToImage.get("task-id");
void client.textToImage.wait("task-id");
void client.textToImage.watch("task-id");
