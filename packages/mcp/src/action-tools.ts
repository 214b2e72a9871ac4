import type { Variant } from "@runapi.ai/core";
import { callsFor, type LoadedFamily } from "./loaded-family.js";
import type { ServedTool } from "./served-tool.js";
import { taskContent } from "./task-content.js";
import { actionSchema } from "./tool-schema.js";

/** `flux-2` + `text_to_image` → `flux_2_text_to_image`. */
export const actionToolName = (family: string, action: string): string =>
  `${family.replace(/[^a-z0-9]+/g, "_")}_${action}`;

/**
 * One create tool per action of each family: the action's models and fields in its schema. An asynchronous
 * create answers at once with the task id and what `wait_task` takes; a synchronous or hybrid one, the result
 * (core follows a deferred answer until it is there).
 */
export function actionTools(families: readonly LoadedFamily[]): ServedTool[] {
  return families.flatMap((family) => {
    const byAction = new Map<string, Variant[]>();
    for (const variant of family.module.catalog.variants) {
      byAction.set(variant.action, [...(byAction.get(variant.action) ?? []), variant]);
    }
    return [...byAction].map(([action, variants]): ServedTool => {
      const takesModel = variants.some((variant) => variant.model !== undefined);
      const answersTask = variants.some((variant) => variant.task === "async");
      return {
        name: actionToolName(family.slug, action),
        description:
          `${family.entry.title} (${family.entry.provider}, ${family.entry.modality}): ${action.replace(/_/g, " ")}. ` +
          (answersTask
            ? "Creates a task and answers at once with its id and the wait_task arguments that fetch its outputs."
            : "Answers the result.") +
          " list_models gives each model's price; estimate_cost prices a call before it is made.",
        inputSchema: actionSchema(variants, family.help),
        call: async (args, signal) => {
          const calls = callsFor(family, action);
          const task = (await calls.create(args as never, { signal })) as Record<string, unknown>;
          if (task.status === "pending" || task.status === "processing") {
            const next = {
              family: family.slug,
              ...(takesModel ? { model: args.model } : { action }),
              task_id: task.id,
            };
            return {
              content: await taskContent(
                { ...task, model: task.model ?? args.model },
                `To get the outputs, call wait_task with ${JSON.stringify(next)}.`,
              ),
            };
          }
          return { content: await taskContent(task) };
        },
      };
    });
  });
}
