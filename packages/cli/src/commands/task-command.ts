import { actionProperty } from "@runapi.ai/core";
import type { Command } from "commander";
import { addApiOptions, clientOptions } from "../api-options.js";
import { loadFamily } from "../load-family.js";
import { addWaitOptions, printTask, waitForTask } from "./task-output.js";

/** `runapi get <task-id>` and `runapi wait <task-id>`: a task of a family, by its model or its action. */
export function addTaskCommands(program: Command): void {
  for (const name of ["get", "wait"] as const) {
    const command = program
      .command(name)
      .argument("<task-id>", "the id create printed")
      .description(name === "get" ? "read a task once" : "wait until a task ends, with progress on stderr")
      .requiredOption("--family <family>", "the task's model family, e.g. flux-2")
      .option("--model <id>", "the task's model")
      .option("--action <action>", "the task's action, for one without a model")
      .option("--json", "print the task as JSON on stdout");
    if (name === "wait") addWaitOptions(command, false);
    addApiOptions(command).action(async (id: string, values: Record<string, any>) => {
      const { family } = await loadFamily(values.family);
      const client = new family.RunAPI(clientOptions(values)) as unknown as Record<string, any>;
      const calls =
        values.action !== undefined ? client[actionProperty(values.action.replace(/-/g, "_"))] : client;
      const options = values.model !== undefined ? { model: values.model } : {};
      const task =
        name === "get"
          ? await calls.get(id, options)
          : await waitForTask((wait) => calls.wait(id, { ...options, ...wait }), values, undefined);
      await printTask(task, values);
    });
  }
}
