import type { TranscriptionModelV4, TranscriptionModelV4CallOptions } from "@ai-sdk/provider";
import { fileValue } from "./file-value.js";
import { type RunAPITranscriptionModelId, transcriptionModels } from "./generated/models.js";
import { RunAPIModel } from "./runapi-model.js";
import { fieldsOf } from "./variant-call.js";

/** A stretch of the transcript with its times in seconds, as OpenAI's `verbose_json` answers segments and words. */
interface TimedText {
  text?: string;
  word?: string;
  start?: number;
  end?: number;
}

/**
 * What a speech-to-text task answers: `texts: [{ text }]` as the specs describe it; a stored OpenAI answer
 * decoded instead holds `text`, and with `verbose_json` its segments, words, language and duration.
 */
interface TranscriptionTask {
  id?: string;
  texts?: { text?: string }[];
  text?: string;
  segments?: TimedText[];
  words?: TimedText[];
  language?: string;
  duration?: number;
}

/**
 * A RunAPI speech-to-text variant as an AI SDK transcription model (`TranscriptionModelV4`), for `transcribe`.
 * The audio is uploaded through core to RunAPI's temporary files and sent as the variant's file field.
 */
export class RunAPITranscriptionModel
  extends RunAPIModel<RunAPITranscriptionModelId>
  implements TranscriptionModelV4
{
  readonly provider = "runapi.transcription";
  protected readonly kind = { table: transcriptionModels, type: "transcriptionModel" } as const;

  async doGenerate(options: TranscriptionModelV4CallOptions) {
    const { resolved, build } = await this.prepare();
    // The generator takes only variants with a file field; the first is where the audio goes.
    const fields = fieldsOf(resolved.variant);
    const audioFields = Object.keys(fields).filter((field) => fields[field]?.file);
    const audio = fileValue({ type: "file", data: options.audio, mediaType: options.mediaType });
    build.setFiles("audio", [audio], ...audioFields);
    if (options.timestampGranularities?.length) {
      build.set("timestampGranularities", options.timestampGranularities, "timestamp_granularities");
    }

    return (await this.run(resolved, build, options, (task: TranscriptionTask, facts) => ({
      text: task.text ?? (task.texts ?? []).map((part) => part.text ?? "").join("\n"),
      segments: timed(task.segments),
      ...(task.words ? { words: timed(task.words) } : {}),
      language: task.language,
      durationInSeconds: task.duration,
      providerMetadata: { runapi: facts },
    }))) as Awaited<ReturnType<TranscriptionModelV4["doGenerate"]>>;
  }
}

/** Timed stretches in the AI SDK's shape; those without both times are left out. */
function timed(parts: TimedText[] | undefined) {
  return (parts ?? []).flatMap((part) =>
    typeof part.start === "number" && typeof part.end === "number"
      ? [{ text: part.text ?? part.word ?? "", startSecond: part.start, endSecond: part.end }]
      : [],
  );
}
