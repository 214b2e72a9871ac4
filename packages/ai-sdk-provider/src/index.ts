export type {
  RunAPIImageModelId,
  RunAPISpeechModelId,
  RunAPITranscriptionModelId,
  RunAPIVideoModelId,
} from "./generated/models.js";
export { RunAPIImageModel } from "./runapi-image-model.js";
export { createRunAPI, type RunAPIProvider, runapi } from "./runapi-provider.js";
export type { RunAPIProviderSettings } from "./runapi-provider-settings.js";
export { RunAPISpeechModel } from "./runapi-speech-model.js";
export { RunAPITranscriptionModel } from "./runapi-transcription-model.js";
export { RunAPIVideoModel } from "./runapi-video-model.js";
export type { TaskFacts } from "./task-facts.js";
