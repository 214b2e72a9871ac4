import { type Answer, errorAnswer } from "../http/answer.js";
import { formatBytes } from "../http/format-units.js";
import type { EmulatorState } from "../state/emulator-state.js";

/** A 422 validation_error naming what is wrong with a file request's field. */
export const invalid = (message: string): Answer => errorAnswer(422, "validation_error", message);

/** A 413 naming what was too large and the upload limit. */
export const tooLargeAnswer = (state: EmulatorState, what: string): Answer =>
  errorAnswer(
    413,
    "payload_too_large",
    `${what} is larger than the upload limit of ${formatBytes(state.settings.maxUploadBytes)}.`,
  );
