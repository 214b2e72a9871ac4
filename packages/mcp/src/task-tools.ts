import { WaitTimeoutError } from "@runapi.ai/core";
import { callsFor, familyNamed, type LoadedFamily } from "./loaded-family.js";
import type { ServedTool } from "./served-tool.js";
import { taskContent } from "./task-content.js";
import type { JsonSchema } from "./tool-schema.js";

/** The longest one wait_task call waits: below the minute many MCP clients allow a call. */
export const MAX_WAIT_SECONDS = 50;
/** How long wait_task waits when not told. */
export const DEFAULT_WAIT_SECONDS = 30;

/** What names a task: its family, id, and model (or action, for an action without a model). */
function taskProperties(families: readonly LoadedFamily[]): Record<string, JsonSchema> {
  return {
    family: {
      type: "string",
      enum: families.map(({ slug }) => slug),
      description: "The task's model family.",
    },
    task_id: { type: "string", minLength: 1, description: "The task id the create tool answered." },
    model: { type: "string", description: "The task's model, as given to the create tool." },
    action: {
      type: "string",
      description: "The task's action (e.g. text_to_image), for an action that takes no model.",
    },
  };
}

/** `get_task` reads a task once; `wait_task` waits for it a bounded time and says when to wait again. */
export function taskTools(families: readonly LoadedFamily[]): ServedTool[] {
  const named = (args: Record<string, unknown>) => {
    const family = familyNamed(families, args.family);
    const calls = callsFor(family, args.action);
    const options = typeof args.model === "string" ? { model: args.model } : {};
    return { calls, options, id: String(args.task_id) };
  };
  return [
    {
      name: "get_task",
      readOnly: true,
      description:
        "Reads a task once: its status, and its outputs (URLs, small images inline) once it succeeded.",
      inputSchema: {
        type: "object",
        properties: taskProperties(families),
        required: ["family", "task_id"],
        additionalProperties: false,
      },
      call: async (args, signal) => {
        const { calls, options, id } = named(args);
        const task = await calls.get(id, { ...options, signal } as never);
        return { content: await taskContent(task as Record<string, unknown>) };
      },
    },
    {
      name: "wait_task",
      readOnly: true,
      description:
        `Waits for a task to end, at most timeout_seconds (up to ${MAX_WAIT_SECONDS}), and answers it with its outputs ` +
        "(URLs, small images inline). A task still running by then is answered with its state: call wait_task again.",
      inputSchema: {
        type: "object",
        properties: {
          ...taskProperties(families),
          timeout_seconds: {
            type: "integer",
            minimum: 1,
            maximum: MAX_WAIT_SECONDS,
            default: DEFAULT_WAIT_SECONDS,
            description: `How long to wait before answering the task's state, in seconds (at most ${MAX_WAIT_SECONDS}).`,
          },
        },
        required: ["family", "task_id"],
        additionalProperties: false,
      },
      call: async (args, signal) => {
        const { calls, options, id } = named(args);
        const seconds = Math.min(
          MAX_WAIT_SECONDS,
          Math.max(1, Number(args.timeout_seconds ?? DEFAULT_WAIT_SECONDS) || DEFAULT_WAIT_SECONDS),
        );
        try {
          const task = await calls.wait(id, { ...options, timeout: seconds * 1000, signal } as never);
          return { content: await taskContent(task as Record<string, unknown>) };
        } catch (error) {
          if (!(error instanceof WaitTimeoutError)) throw error;
          const again = { ...args, task_id: error.taskId };
          return {
            content: await taskContent(
              error.lastTask as unknown as Record<string, unknown>,
              `Still ${error.lastTask.status} after ${seconds} s: call wait_task again with ${JSON.stringify(again)}.`,
            ),
          };
        }
      },
    },
  ];
}
