import { NoSuchModelError, type ProviderV4 } from "@ai-sdk/provider";
import type { RunAPIImageModelId, RunAPISpeechModelId } from "./generated/models.js";
import { RunAPIImageModel } from "./runapi-image-model.js";
import type { RunAPIProviderSettings } from "./runapi-provider-settings.js";
import { RunAPISpeechModel } from "./runapi-speech-model.js";

/** The RunAPI provider: its image and speech models by id, typed from the specs. */
export interface RunAPIProvider extends ProviderV4 {
  /** An image model for `generateImage`. @example generateImage({ model: runapi.image("flux-2-pro-text-to-image"), prompt }) */
  image(modelId: RunAPIImageModelId): RunAPIImageModel;
  imageModel(modelId: RunAPIImageModelId): RunAPIImageModel;
  /** A speech model for `generateSpeech`. @example generateSpeech({ model: runapi.speech("tts-1"), text }) */
  speech(modelId: RunAPISpeechModelId): RunAPISpeechModel;
  speechModel(modelId: RunAPISpeechModelId): RunAPISpeechModel;
}

/**
 * A RunAPI provider with its own settings. The key, origin and fetch are read when a model is called, so the
 * environment may be set after this module loads.
 * @example const runapi = createRunAPI({ apiKey: process.env.MY_RUNAPI_KEY });
 */
export function createRunAPI(settings: RunAPIProviderSettings = {}): RunAPIProvider {
  const current = () => settings;
  const image = (modelId: RunAPIImageModelId) => new RunAPIImageModel(modelId, current);
  const speech = (modelId: RunAPISpeechModelId) => new RunAPISpeechModel(modelId, current);
  const none = (modelType: "languageModel" | "embeddingModel") => (modelId: string) => {
    throw new NoSuchModelError({
      modelId,
      modelType,
      message: `RunAPI offers image and speech models through this provider, not ${modelType === "languageModel" ? "language" : "embedding"} models`,
    });
  };
  return {
    specificationVersion: "v4",
    image,
    imageModel: image,
    speech,
    speechModel: speech,
    languageModel: none("languageModel"),
    embeddingModel: none("embeddingModel"),
  };
}

/** The default provider: key from RUNAPI_API_KEY (else RUNAPI_KEY), origin from RUNAPI_BASE_URL, at call time. */
export const runapi: RunAPIProvider = createRunAPI();
