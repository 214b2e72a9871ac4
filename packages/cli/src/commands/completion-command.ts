import { families } from "@runapi.ai/families";
import { type Command, InvalidArgumentError } from "commander";
import { type ActionWords, completionScript, isShell } from "../completion-script.js";
import { flagName } from "../field-flags.js";
import { loadFamily } from "../load-family.js";
import { commandName } from "./action-command.js";

/** The flags every action's command has, beside its fields'. */
const ACTION_FLAGS = [
  "--model",
  "--params",
  "--wait",
  "--out",
  "--timeout",
  "--json",
  "--api-key",
  "--base-url",
];

/** `runapi completion bash|zsh`: a completion script, written from every family's variant table. */
export function addCompletionCommand(program: Command): void {
  program
    .command("completion")
    .argument("<shell>", "bash or zsh", (shell: string) => {
      if (!isShell(shell)) throw new InvalidArgumentError("give bash or zsh");
      return shell;
    })
    .description("print a shell completion script: runapi completion bash > <file>, then source <file>")
    .action(async (shell: "bash" | "zsh") => {
      const actions: ActionWords[] = [];
      for (const slug of Object.keys(families)) {
        const { family } = await loadFamily(slug);
        const names = [...new Set(family.catalog.variants.map((variant) => variant.action))];
        for (const action of names) {
          const variants = family.catalog.variants.filter((variant) => variant.action === action);
          const fields = variants.flatMap((variant) => Object.keys(variant.input.properties ?? {}));
          actions.push({
            family: slug,
            action: commandName(action),
            models: variants.map((variant) => variant.model).filter((model) => model !== undefined),
            flags: [
              ...new Set([
                ...ACTION_FLAGS,
                ...fields.filter((f) => f !== "model").map((f) => `--${flagName(f)}`),
              ]),
            ],
          });
        }
      }
      const commands = program.commands.map((command) => command.name());
      process.stdout.write(completionScript(shell, { commands, families: Object.keys(families), actions }));
    });
}
