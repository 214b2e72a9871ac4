import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { RunAPIError, ValidationError } from "@runapi.ai/core";

/**
 * A failed call as a tool error the model can act on: every validation problem on a line of its own (field and
 * message), otherwise the error's kind and message. Core's messages never carry the API key.
 */
export function toolError(error: unknown): CallToolResult {
  const text =
    error instanceof ValidationError
      ? [
          `The request was not sent: ${error.issues.length} problem${error.issues.length === 1 ? "" : "s"}.`,
          ...error.issues.map((issue) => `- ${issue.path || "(request)"}: ${issue.message}`),
        ].join("\n")
      : error instanceof RunAPIError
        ? `${(error.constructor as typeof RunAPIError).kind}: ${error.message}`
        : `Error: ${error instanceof Error ? error.message : String(error)}`;
  return { isError: true, content: [{ type: "text", text }] };
}
