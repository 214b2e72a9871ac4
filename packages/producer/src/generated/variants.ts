// Generated from specs/producer.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, Rule } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","enum":["exact_lyrics","instrumental"]};
const p1: InputSchema = {"type":"string","minLength":1,"maxLength":200};
const p2: InputSchema = {"type":"string"};
const p3: InputSchema = {"type":"string","pattern":"^https?://"};
const r0: Rule = {"when":{"vocal_mode":"exact_lyrics"},"required":["lyrics"]};
const r1: Rule = {"when":{"vocal_mode":"instrumental"},"forbidden":["lyrics"]};

/** Every Producer variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "producer",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "fuzz-0.8",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/producer/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":17},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode","prompt"], "properties": { "model": {"type":"string","const":"fuzz-0.8"}, "vocal_mode": p0, "prompt": p1, "lyrics": p2, "title": p2, "callback_url": p3 }, "rules": [r0, r1] },
    },
    {
      model: "fuzz-1.0",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/producer/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":17},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode","prompt"], "properties": { "model": {"type":"string","const":"fuzz-1.0"}, "vocal_mode": p0, "prompt": p1, "lyrics": p2, "title": p2, "callback_url": p3 }, "rules": [r0, r1] },
    },
    {
      model: "fuzz-1.0-pro",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/producer/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":17},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode","prompt"], "properties": { "model": {"type":"string","const":"fuzz-1.0-pro"}, "vocal_mode": p0, "prompt": p1, "lyrics": p2, "title": p2, "callback_url": p3 }, "rules": [r0, r1] },
    },
    {
      model: "fuzz-1.1",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/producer/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":17},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode","prompt"], "properties": { "model": {"type":"string","const":"fuzz-1.1"}, "vocal_mode": p0, "prompt": p1, "lyrics": p2, "title": p2, "callback_url": p3 }, "rules": [r0, r1] },
    },
    {
      model: "fuzz-1.1-pro",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/producer/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":17},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode","prompt"], "properties": { "model": {"type":"string","const":"fuzz-1.1-pro"}, "vocal_mode": p0, "prompt": p1, "lyrics": p2, "title": p2, "callback_url": p3 }, "rules": [r0, r1] },
    },
    {
      model: "fuzz-2.0",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/producer/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":17},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode","prompt"], "properties": { "model": {"type":"string","const":"fuzz-2.0"}, "vocal_mode": p0, "prompt": p1, "lyrics": p2, "title": p2, "callback_url": p3 }, "rules": [r0, r1] },
    },
    {
      model: "fuzz-2.0-pro",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/producer/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":17},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode","prompt"], "properties": { "model": {"type":"string","const":"fuzz-2.0-pro"}, "vocal_mode": p0, "prompt": p1, "lyrics": p2, "title": p2, "callback_url": p3 }, "rules": [r0, r1] },
    },
    {
      model: "fuzz-2.0-raw",
      action: "text_to_music",
      method: "POST",
      path: "/api/v1/producer/text_to_music",
      status: "active",
      task: "async",
      price: {"unit":"call","cents":17},
      input: { "type": "object", "additionalProperties": false, "required": ["model","vocal_mode","prompt"], "properties": { "model": {"type":"string","const":"fuzz-2.0-raw"}, "vocal_mode": p0, "prompt": p1, "lyrics": p2, "title": p2, "callback_url": p3 }, "rules": [r0, r1] },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type ProducerModels = {
  "fuzz-0.8": {
    params: components["schemas"]["ProducerFuzz08TextToMusic"];
    created: Answer<"createTextToMusic">;
    task: Answer<"getTextToMusic">;
    cost: "exact";
  };
  "fuzz-1.0": {
    params: components["schemas"]["ProducerFuzz10TextToMusic"];
    created: Answer<"createTextToMusic">;
    task: Answer<"getTextToMusic">;
    cost: "exact";
  };
  "fuzz-1.0-pro": {
    params: components["schemas"]["ProducerFuzz10ProTextToMusic"];
    created: Answer<"createTextToMusic">;
    task: Answer<"getTextToMusic">;
    cost: "exact";
  };
  "fuzz-1.1": {
    params: components["schemas"]["ProducerFuzz11TextToMusic"];
    created: Answer<"createTextToMusic">;
    task: Answer<"getTextToMusic">;
    cost: "exact";
  };
  "fuzz-1.1-pro": {
    params: components["schemas"]["ProducerFuzz11ProTextToMusic"];
    created: Answer<"createTextToMusic">;
    task: Answer<"getTextToMusic">;
    cost: "exact";
  };
  "fuzz-2.0": {
    params: components["schemas"]["ProducerFuzz20TextToMusic"];
    created: Answer<"createTextToMusic">;
    task: Answer<"getTextToMusic">;
    cost: "exact";
  };
  "fuzz-2.0-pro": {
    params: components["schemas"]["ProducerFuzz20ProTextToMusic"];
    created: Answer<"createTextToMusic">;
    task: Answer<"getTextToMusic">;
    cost: "exact";
  };
  "fuzz-2.0-raw": {
    params: components["schemas"]["ProducerFuzz20RawTextToMusic"];
    created: Answer<"createTextToMusic">;
    task: Answer<"getTextToMusic">;
    cost: "exact";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type ProducerActions = {
  "text_to_music": {
    params: components["schemas"]["ProducerFuzz08TextToMusic"] | components["schemas"]["ProducerFuzz10TextToMusic"] | components["schemas"]["ProducerFuzz10ProTextToMusic"] | components["schemas"]["ProducerFuzz11TextToMusic"] | components["schemas"]["ProducerFuzz11ProTextToMusic"] | components["schemas"]["ProducerFuzz20TextToMusic"] | components["schemas"]["ProducerFuzz20ProTextToMusic"] | components["schemas"]["ProducerFuzz20RawTextToMusic"];
    created: Answer<"createTextToMusic">;
    task: Answer<"getTextToMusic">;
  };
};

/** The model ids of Producer that name one variant (client.create/run take these). */
export type ProducerModel = keyof ProducerModels;

/** The request parameters of one Producer variant (of any, when no model is given). */
export type ProducerParams<Model extends ProducerModel = ProducerModel> = ProducerModels[Model]["params"];
