import type { SpeechModelV4, SpeechModelV4CallOptions } from "@ai-sdk/provider";
import type { FileOutput } from "@runapi.ai/core";
import { type RunAPISpeechModelId, speechModels } from "./generated/models.js";
import type { RunAPIProviderSettings } from "./runapi-provider-settings.js";
import { taskFacts } from "./task-facts.js";
import { BodyBuilder, clientFor, downloadOutputs, runVariant, variantsOf } from "./variant-call.js";

/** A RunAPI text-to-speech variant as an AI SDK speech model (`SpeechModelV4`), for `generateSpeech`. */
export class RunAPISpeechModel implements SpeechModelV4 {
  readonly specificationVersion = "v4";
  readonly provider = "runapi.speech";
  readonly modelId: RunAPISpeechModelId;
  readonly #settings: () => RunAPIProviderSettings;

  constructor(modelId: RunAPISpeechModelId, settings: () => RunAPIProviderSettings) {
    this.modelId = modelId;
    this.#settings = settings;
  }

  async doGenerate(options: SpeechModelV4CallOptions) {
    const [chosen] = await variantsOf(this.modelId, speechModels, "speechModel");
    const resolved = { ...chosen!, client: clientFor(chosen!.family, this.#settings()) };
    const build = new BodyBuilder(resolved, this.modelId);
    build.set("text", options.text, "text");
    build.set("voice", options.voice, "voice", "voice_id");
    build.set("outputFormat", options.outputFormat, "output_format");
    build.set("instructions", options.instructions, "instructions");
    build.set("speed", options.speed, "speed");
    build.set("language", options.language, "language_code", "language");
    const body = build.withProviderOptions(options.providerOptions?.runapi);

    return (await runVariant<{ id?: string; audios?: FileOutput[] }>(
      resolved,
      body,
      options,
      async (task) => {
        const [first] = task.audios ?? [];
        const [audio = new Uint8Array()] = await downloadOutputs(
          resolved.client,
          first ? [first] : [],
          options.abortSignal,
        );
        const facts = taskFacts(task, this.modelId);
        return {
          audio,
          warnings: build.warnings,
          providerMetadata: { runapi: { ...facts, audioUrl: first?.audio_url ?? first?.url ?? null } },
          response: { timestamp: new Date(), modelId: this.modelId },
        };
      },
    )) as Awaited<ReturnType<SpeechModelV4["doGenerate"]>>;
  }
}
