import type { Variant } from "@runapi.ai/core";
import { variantHelp } from "@runapi.ai/families";
import { actionToolName } from "./action-tools.js";
import type { LoadedFamily } from "./loaded-family.js";
import { jsonResult, type ServedTool } from "./served-tool.js";

/** `get_balance` (the key's account balance) and `list_models` (every served variant with its price and status). */
export function accountTools(families: readonly LoadedFamily[]): ServedTool[] {
  return [
    {
      name: "get_balance",
      readOnly: true,
      description: "The API key's account balance, in US cents (paid and bonus).",
      inputSchema: { type: "object", properties: {}, additionalProperties: false },
      call: async (_args, signal) => {
        const client = families[0]?.client;
        if (!client) throw new Error("no family is served");
        return jsonResult(await client.account.balance({ signal }));
      },
    },
    {
      name: "list_models",
      readOnly: true,
      description: "Every model served, by family: its create tool, status, how it answers and its price.",
      inputSchema: {
        type: "object",
        properties: {
          family: {
            type: "string",
            enum: families.map(({ slug }) => slug),
            description: "Only this family's models.",
          },
        },
        additionalProperties: false,
      },
      call: async (args) =>
        jsonResult(
          families
            .filter(({ slug }) => args.family === undefined || slug === args.family)
            .map(({ slug, entry, help, module }) => ({
              family: slug,
              title: entry.title,
              provider: entry.provider,
              modality: entry.modality,
              models: (module.catalog.variants as readonly Variant[]).map((variant) => ({
                ...(variant.model !== undefined ? { model: variant.model } : {}),
                title: variantHelp(help, variant)?.title,
                tool: actionToolName(slug, variant.action),
                status: variant.status,
                answers: variant.task === "sync" ? "result" : "task",
                price: variantHelp(help, variant)?.price,
              })),
            })),
        ),
    },
  ];
}
