// Generated from specs/openai-transcription.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
import type { Catalog, InputSchema, WithFileInputs } from "@runapi.ai/core";
import type { components, operations } from "./schema.js";

type Answer<Operation extends keyof operations> = operations[Operation]["responses"][200]["content"]["application/json"];

const p0: InputSchema = {"type":"string","file":true};
const p1: InputSchema = {"type":"string"};
const p2: InputSchema = {"type":"array","items":{"type":"string"}};
const p3: InputSchema = {"type":"number","minimum":0,"maximum":1};
const p4: InputSchema = {"type":"boolean"};

/** Every OpenAI Transcription variant: endpoint, status, task kind, price rule and request schema. */
export const catalog: Catalog = {
  family: "openai-transcription",
  baseURL: "https://runapi.ai",
  variants: [
    {
      model: "gpt-transcribe",
      action: "speech_to_text",
      method: "POST",
      path: "/api/v1/openai_transcription/speech_to_text",
      status: "active",
      task: "hybrid",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","file"], "properties": { "model": {"type":"string","const":"gpt-transcribe"}, "file": p0, "prompt": p1, "language": p1, "languages": p2, "keywords": p2, "temperature": p3, "response_format": {"type":"string","enum":["json","text"]}, "stream": p4 } },
    },
    {
      model: "whisper-1",
      action: "speech_to_text",
      method: "POST",
      path: "/api/v1/openai_transcription/speech_to_text",
      status: "active",
      task: "hybrid",
      price: {"unit":"unknown"},
      input: { "type": "object", "additionalProperties": false, "required": ["model","file"], "properties": { "model": {"type":"string","const":"whisper-1"}, "file": p0, "prompt": p1, "language": p1, "temperature": p3, "response_format": {"type":"string","enum":["json","text","srt","verbose_json","vtt"]}, "stream": p4, "timestamp_granularities": {"type":"array","maxItems":2,"items":{"type":"string","enum":["word","segment"]}} } },
    },
  ],
};

/** Per model id: its request parameters, the task it answers with and the kind of its price's estimate. */
export type OpenaiTranscriptionModels = {
  "gpt-transcribe": {
    params: WithFileInputs<components["schemas"]["OpenaiTranscriptionGptTranscribeSpeechToText"], "file">;
    created: Answer<"createSpeechToText">;
    task: Answer<"createSpeechToText">;
    sync: true;
    cost: "unknown";
  };
  "whisper-1": {
    params: WithFileInputs<components["schemas"]["OpenaiTranscriptionWhisper1SpeechToText"], "file">;
    created: Answer<"createSpeechToText">;
    task: Answer<"createSpeechToText">;
    sync: true;
    cost: "unknown";
  };
};

/** Per action: the parameters of its variants, what create answers and what get reads back. */
export type OpenaiTranscriptionActions = {
  "speech_to_text": {
    params: WithFileInputs<components["schemas"]["OpenaiTranscriptionGptTranscribeSpeechToText"], "file"> | WithFileInputs<components["schemas"]["OpenaiTranscriptionWhisper1SpeechToText"], "file">;
    created: Answer<"createSpeechToText">;
    task: Answer<"createSpeechToText">;
    sync: true;
  };
};

/** The model ids of OpenAI Transcription that name one variant (client.create/run take these). */
export type OpenaiTranscriptionModel = keyof OpenaiTranscriptionModels;

/** The request parameters of one OpenAI Transcription variant (of any, when no model is given). */
export type OpenaiTranscriptionParams<Model extends OpenaiTranscriptionModel = OpenaiTranscriptionModel> = OpenaiTranscriptionModels[Model]["params"];
