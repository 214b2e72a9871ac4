import type { SpeechModelV4, SpeechModelV4CallOptions } from "@ai-sdk/provider";
import { type RunAPISpeechModelId, speechModels } from "./generated/models.js";
import { RunAPIModel } from "./runapi-model.js";
import type { TaskWithOutputs } from "./task-facts.js";
import { downloadOutputs } from "./variant-call.js";

/** A RunAPI text-to-speech variant as an AI SDK speech model (`SpeechModelV4`), for `generateSpeech`. */
export class RunAPISpeechModel extends RunAPIModel<RunAPISpeechModelId> implements SpeechModelV4 {
  readonly provider = "runapi.speech";
  protected readonly kind = { table: speechModels, type: "speechModel" } as const;

  async doGenerate(options: SpeechModelV4CallOptions) {
    const { resolved, build } = await this.prepare();
    build.set("text", options.text, "text");
    build.set("voice", options.voice, "voice", "voice_id");
    build.set("outputFormat", options.outputFormat, "output_format");
    build.set("instructions", options.instructions, "instructions");
    build.set("speed", options.speed, "speed");
    build.set("language", options.language, "language_code", "language");

    return (await this.run(resolved, build, options, async (task: TaskWithOutputs<"audios">, facts) => {
      const [first] = task.audios ?? [];
      const [audio = new Uint8Array()] = await downloadOutputs(
        resolved.client,
        first ? [first] : [],
        options.abortSignal,
      );
      return {
        audio,
        providerMetadata: { runapi: { ...facts, audioUrl: first?.audio_url ?? first?.url ?? null } },
      };
    })) as Awaited<ReturnType<SpeechModelV4["doGenerate"]>>;
  }
}
