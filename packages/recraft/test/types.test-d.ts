// Generated from specs/recraft.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import { expectTypeOf } from "vitest";
import { type CallbackOf, type ExactCost, parseCallback, type RateCost, type RecraftModel, type RecraftModels, type RunAPI, type TokenCost, type UnknownCost } from "../src/index.js";

declare const client: RunAPI;

expectTypeOf<RecraftModel>().toEqualTypeOf<"recraft-remove-background" | "recraft-crisp-upscale">();
// A delivered callback is the family's task.
expectTypeOf(parseCallback("{}")).toEqualTypeOf<CallbackOf<RecraftModels>>();
const delivered = parseCallback("{}");
expectTypeOf(delivered.model).toEqualTypeOf<"recraft-remove-background" | "recraft-crisp-upscale">();
void client.get(delivered.id, { model: delivered.model });
void client.wait(delivered.id, { model: delivered.model });
// @ts-expect-error an unknown model id
void client.create({ model: "not-a-model" });

// remove_background: recraft-remove-background
void client.create({"model":"recraft-remove-background","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"recraft-remove-background"});
void client.create({ ...{"model":"recraft-remove-background","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.create({ ...{"model":"recraft-remove-background","source_image_url":"https://example.com/source.png"}, "callback_url": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"recraft-remove-background","source_image_url":"https://example.com/source.png"})).model).toEqualTypeOf<"recraft-remove-background">();
expectTypeOf(client.estimateCost({"model":"recraft-remove-background","source_image_url":"https://example.com/source.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "recraft-remove-background" });
void client.wait("task-id", { model: "recraft-remove-background" });
void client.watch("task-id", { model: "recraft-remove-background" });

// upscale_image: recraft-crisp-upscale
void client.create({"model":"recraft-crisp-upscale","source_image_url":"https://example.com/source.png"});
// @ts-expect-error source_image_url is required
void client.create({"model":"recraft-crisp-upscale"});
void client.create({ ...{"model":"recraft-crisp-upscale","source_image_url":"https://example.com/source.png"}, "source_image_url": new Blob(["local file"]) });
// @ts-expect-error callback_url does not take a local file
void client.create({ ...{"model":"recraft-crisp-upscale","source_image_url":"https://example.com/source.png"}, "callback_url": new Blob(["local file"]) });
expectTypeOf((await client.run({"model":"recraft-crisp-upscale","source_image_url":"https://example.com/source.png"})).model).toEqualTypeOf<"recraft-crisp-upscale">();
expectTypeOf(client.estimateCost({"model":"recraft-crisp-upscale","source_image_url":"https://example.com/source.png"})).toEqualTypeOf<ExactCost>();
void client.get("task-id", { model: "recraft-crisp-upscale" });
void client.wait("task-id", { model: "recraft-crisp-upscale" });
void client.watch("task-id", { model: "recraft-crisp-upscale" });

// remove_background: reading its tasks
void client.removeBackground.get("task-id");
void client.removeBackground.wait("task-id");
void client.removeBackground.watch("task-id");

// upscale_image: reading its tasks
void client.upscaleImage.get("task-id");
void client.upscaleImage.wait("task-id");
void client.upscaleImage.watch("task-id");
