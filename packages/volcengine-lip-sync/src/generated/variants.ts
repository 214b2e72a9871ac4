// Generated from specs/volcengine-lip-sync.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};
const p1: InputSchema = {"type":"boolean"};

/** Every Volcengine Lip Sync variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "volcengine-lip-sync",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "volcengine-lip-sync",
      action: "lip_sync_video",
      method: "POST",
      path: "/api/v1/volcengine_lip_sync/lip_sync_video",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":8},
      input: { "type": "object", "additionalProperties": false, "required": ["model","mode","source_video_url","source_audio_url"], "properties": { "model": {"type":"string","const":"volcengine-lip-sync"}, "mode": {"type":"string","enum":["lite","basic"]}, "source_video_url": p0, "source_audio_url": p0, "enable_vocal_separation": p1, "enable_scene_detection": p1, "align_audio": p1, "align_audio_reverse": p1, "template_start_seconds": {"type":"number","minimum":0}, "callback_url": {"type":"string","pattern":"^https?://"} }, "rules": [{"when":{"mode":"lite"},"forbidden":["enable_scene_detection"]}, {"when":{"mode":"basic"},"forbidden":["align_audio","align_audio_reverse","template_start_seconds"]}, {"when":{"align_audio_reverse":true},"required":["align_audio"]}] },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type VolcengineLipSyncModels = {
  "volcengine-lip-sync": {
    params: WithFileInputs<components["schemas"]["VolcengineLipSyncLipSyncVideo"], "source_video_url" | "source_audio_url">;
    created: Answer<"createLipSyncVideo">;
    task: Answer<"getLipSyncVideo">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type VolcengineLipSyncActions = {
  "lip_sync_video": {
    params: WithFileInputs<components["schemas"]["VolcengineLipSyncLipSyncVideo"], "source_video_url" | "source_audio_url">;
    created: Answer<"createLipSyncVideo">;
    task: Answer<"getLipSyncVideo">;
  };
};

/** The model ids of Volcengine Lip Sync that name one variant (client.create/run take these). */
export type VolcengineLipSyncModel = keyof VolcengineLipSyncModels;

/** The request parameters of one Volcengine Lip Sync variant (of any, when no model is given). */
export type VolcengineLipSyncParams<Model extends VolcengineLipSyncModel = VolcengineLipSyncModel> = VolcengineLipSyncModels[Model]["params"];
