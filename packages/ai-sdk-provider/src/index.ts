export type { RunAPIImageModelId, RunAPISpeechModelId } from "./generated/models.js";
export { RunAPIImageModel } from "./runapi-image-model.js";
export { createRunAPI, type RunAPIProvider, runapi } from "./runapi-provider.js";
export type { RunAPIProviderSettings } from "./runapi-provider-settings.js";
export { RunAPISpeechModel } from "./runapi-speech-model.js";
export type { TaskFacts } from "./task-facts.js";
