import { NoSuchModelError, type ProviderV4 } from "@ai-sdk/provider";
import type {
  RunAPIImageModelId,
  RunAPISpeechModelId,
  RunAPITranscriptionModelId,
  RunAPIVideoModelId,
} from "./generated/models.js";
import { RunAPIImageModel } from "./runapi-image-model.js";
import type { RunAPIProviderSettings } from "./runapi-provider-settings.js";
import { RunAPISpeechModel } from "./runapi-speech-model.js";
import { RunAPITranscriptionModel } from "./runapi-transcription-model.js";
import { RunAPIVideoModel } from "./runapi-video-model.js";

/** The RunAPI provider: its image, video, speech and transcription models by id, typed from the specs. */
export interface RunAPIProvider extends ProviderV4 {
  /** An image model for `generateImage`. @example generateImage({ model: runapi.image("flux-2-pro-text-to-image"), prompt }) */
  image(modelId: RunAPIImageModelId): RunAPIImageModel;
  imageModel(modelId: RunAPIImageModelId): RunAPIImageModel;
  /** A speech model for `generateSpeech`. @example generateSpeech({ model: runapi.speech("tts-1"), text }) */
  speech(modelId: RunAPISpeechModelId): RunAPISpeechModel;
  speechModel(modelId: RunAPISpeechModelId): RunAPISpeechModel;
  /** A video model for `experimental_generateVideo`. @example experimental_generateVideo({ model: runapi.video("veo-3.1-fast"), prompt }) */
  video(modelId: RunAPIVideoModelId): RunAPIVideoModel;
  videoModel(modelId: RunAPIVideoModelId): RunAPIVideoModel;
  /** A transcription model for `transcribe`. @example transcribe({ model: runapi.transcription("whisper-1"), audio }) */
  transcription(modelId: RunAPITranscriptionModelId): RunAPITranscriptionModel;
  transcriptionModel(modelId: RunAPITranscriptionModelId): RunAPITranscriptionModel;
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
  const video = (modelId: RunAPIVideoModelId) => new RunAPIVideoModel(modelId, current);
  const transcription = (modelId: RunAPITranscriptionModelId) =>
    new RunAPITranscriptionModel(modelId, current);
  const none = (modelType: "languageModel" | "embeddingModel") => (modelId: string) => {
    throw new NoSuchModelError({
      modelId,
      modelType,
      message: `RunAPI offers image, video, speech and transcription models through this provider, not ${modelType === "languageModel" ? "language" : "embedding"} models`,
    });
  };
  return {
    specificationVersion: "v4",
    image,
    imageModel: image,
    speech,
    speechModel: speech,
    video,
    videoModel: video,
    transcription,
    transcriptionModel: transcription,
    languageModel: none("languageModel"),
    embeddingModel: none("embeddingModel"),
  };
}

/** The default provider: key from RUNAPI_API_KEY (else RUNAPI_KEY), origin from RUNAPI_BASE_URL, at call time. */
export const runapi: RunAPIProvider = createRunAPI();
