import type { InputSchema } from "@runapi.ai/core";

/**
 * The seconds of output a per-second request asks for, as the API reserves them: its `duration_seconds` or
 * `extension_duration_seconds`, else that field's default, else 5 s. Written here from the rule, apart from the
 * emulator's own, so the two are checked against each other.
 */
export function requestedSeconds(input: InputSchema, params: Record<string, unknown>): number {
  for (const field of ["duration_seconds", "extension_duration_seconds"]) {
    const value = params[field] ?? input.properties?.[field]?.default;
    const seconds = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof seconds === "number" && seconds > 0) return seconds;
  }
  return 5;
}
