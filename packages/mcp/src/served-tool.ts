import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { JsonSchema } from "./tool-schema.js";

/** One tool the server lists and calls. */
export interface ServedTool {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  /** Set on a tool that creates nothing and spends nothing, so a client may call it without asking. */
  readOnly?: true;
  /** `signal` fires when the client cancels the call: core stops the request or the wait. */
  call(args: Record<string, unknown>, signal: AbortSignal): Promise<CallToolResult>;
}

/** A result holding one JSON value as text. */
export function jsonResult(value: unknown): CallToolResult {
  return { content: [{ type: "text", text: JSON.stringify(value, null, 2) }] };
}
