import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { VERSION } from "@runapi.ai/core";
import { accountTools } from "./account-tools.js";
import { actionTools } from "./action-tools.js";
import type { LoadedFamily } from "./loaded-family.js";
import { priceTools } from "./price-tools.js";
import type { ServedTool } from "./served-tool.js";
import { taskTools } from "./task-tools.js";
import { toolError } from "./tool-error.js";

/** Every tool served for these families: one create tool per action, then the task, price and account tools. */
export function servedTools(families: readonly LoadedFamily[]): ServedTool[] {
  return [
    ...actionTools(families),
    ...taskTools(families),
    ...priceTools(families),
    ...accountTools(families),
  ];
}

/** The MCP server over the families' tools; a failed call answers a tool error, never a protocol error. */
export function createServer(families: readonly LoadedFamily[]): Server {
  const tools = new Map(servedTools(families).map((tool) => [tool.name, tool]));
  const server = new Server({ name: "runapi", version: VERSION }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [...tools.values()].map(({ name, description, inputSchema, readOnly }) => ({
      name,
      description,
      inputSchema: inputSchema as { type: "object" },
      annotations: { readOnlyHint: readOnly === true, openWorldHint: true },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request, { signal }) => {
    const tool = tools.get(request.params.name);
    if (!tool)
      return toolError(new Error(`no tool named ${request.params.name}; list the tools to see them`));
    try {
      return await tool.call(request.params.arguments ?? {}, signal);
    } catch (error) {
      return toolError(error);
    }
  });
  return server;
}
