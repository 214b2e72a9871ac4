import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { JsonSchema } from "./tool-schema.js";

/** One tool the server lists and calls. */
export interface ServedTool {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  call(args: Record<string, unknown>): Promise<CallToolResult>;
}

/** A result holding one JSON value as text. */
export function jsonResult(value: unknown): CallToolResult {
  return { content: [{ type: "text", text: JSON.stringify(value, null, 2) }] };
}
