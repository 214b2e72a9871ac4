import { ValidationError, type Variant } from "@runapi.ai/core";
import { actionToolName } from "./action-tools.js";
import { callsFor, type LoadedFamily } from "./loaded-family.js";
import { jsonResult, type ServedTool } from "./served-tool.js";

/**
 * `estimate_cost` (offline, from the spec's price rules) and `quote` (the API's live price): each takes a create
 * tool's name and the arguments that tool would be called with, validated alike.
 */
export function priceTools(families: readonly LoadedFamily[]): ServedTool[] {
  const actions = new Map<string, { family: LoadedFamily; action: string }>();
  for (const family of families) {
    for (const { action } of family.module.catalog.variants as readonly Variant[]) {
      actions.set(actionToolName(family.slug, action), { family, action });
    }
  }
  const inputSchema = {
    type: "object",
    properties: {
      tool: { type: "string", enum: [...actions.keys()], description: "The create tool the call is for." },
      arguments: { type: "object", description: "The arguments that create tool would be called with." },
    },
    required: ["tool", "arguments"],
    additionalProperties: false,
  };
  const callsOf = (args: Record<string, unknown>) => {
    const target = actions.get(String(args.tool));
    if (!target) {
      throw new ValidationError([
        { path: "tool", message: `tool must be one of: ${[...actions.keys()].join(", ")}` },
      ]);
    }
    return callsFor(target.family, target.action);
  };
  return [
    {
      name: "estimate_cost",
      readOnly: true,
      description:
        "Prices a create call offline from the published price rules, without sending anything: exact cents, a rate, or unknown.",
      inputSchema,
      call: async (args) => jsonResult(callsOf(args).estimateCost(args.arguments as never)),
    },
    {
      name: "quote",
      readOnly: true,
      description:
        "Asks the API what a create call would hold from the balance now (a live price quote); nothing is created.",
      inputSchema,
      call: async (args, signal) =>
        jsonResult(await callsOf(args).quote(args.arguments as never, { signal })),
    },
  ];
}
