import { AuthenticationError, ValidationError } from "@runapi.ai/core";
import { families } from "@runapi.ai/families";
import { Command, CommanderError } from "commander";
import { addActionCommands } from "./commands/action-command.js";
import { addBalanceCommand } from "./commands/balance-command.js";
import { addCompletionCommand } from "./commands/completion-command.js";
import { addEmulatorCommand } from "./commands/emulator-command.js";
import { addModelsCommand } from "./commands/models-command.js";
import { addTaskCommands } from "./commands/task-command.js";
import { exitCodeOf, exitCodesText } from "./exit-codes.js";
import { loadFamily } from "./load-family.js";

const ENVIRONMENT = `Environment:
  RUNAPI_API_KEY, RUNAPI_KEY  your API key (or --api-key); it is never printed
  RUNAPI_BASE_URL             the API origin (or --base-url), e.g. an emulator's
`;

/**
 * Runs `runapi` with `argv` (without node and the script) and answers its exit code. Only the family the
 * command line names is loaded: its actions become subcommands, their flags the fields of its variants.
 */
export async function run(argv: readonly string[]): Promise<number> {
  const program = new Command("runapi")
    .description("RunAPI's model families from the terminal: create tasks, wait, download, price and list.")
    .exitOverride()
    .showHelpAfterError("(add --help for usage)")
    .addHelpText("after", `\n${ENVIRONMENT}\n${exitCodesText()}`);
  let current: Command = program;
  try {
    const named = argv[0] === "estimate" || argv[0] === "quote" ? argv[1] : argv[0];
    const estimate = program
      .command("estimate")
      .description(
        "price a task offline from the spec: runapi estimate <family> <action> --model <id> [flags]",
      );
    const quote = program
      .command("quote")
      .description(
        "ask the API what a task would cost (live prices): runapi quote <family> <action> --model <id> [flags]",
      );
    for (const [slug, entry] of Object.entries(families)) {
      const description = `${entry.title} (${entry.provider}, ${entry.modality}): runapi ${slug} <action> --help`;
      const create = program.command(slug).description(description);
      const price = estimate.command(slug).description(description);
      const live = quote.command(slug).description(description);
      if (slug !== named) continue;
      const { family, help } = await loadFamily(slug);
      const context = { slug, family, help, model: modelIn(argv) };
      addActionCommands(create, context, "create");
      addActionCommands(price, context, "estimate");
      addActionCommands(live, context, "quote");
    }
    addTaskCommands(program);
    addBalanceCommand(program);
    addModelsCommand(program);
    addEmulatorCommand(program);
    addCompletionCommand(program);
    program.hook("preAction", (_, action) => {
      current = action;
    });
    await program.parseAsync([...argv], { from: "user" });
    // A command that ran another program to its end (the emulator) left that program's exit code.
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return ["commander.helpDisplayed", "commander.help", "commander.version"].includes(error.code) ? 0 : 2;
    }
    report(error, current);
    return exitCodeOf(error);
  }
}

/** The value of `--model` on the command line, if any. */
function modelIn(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === "--model") return argv[index + 1];
    if (arg.startsWith("--model=")) return arg.slice("--model=".length);
  }
  return undefined;
}

/** An error on stderr: every problem of a validation with the command's usage, otherwise the message. */
function report(error: unknown, command: Command): void {
  if (error instanceof ValidationError) {
    const lines = error.issues.map((issue) => `  - ${issue.message}`);
    process.stderr.write(
      `runapi: nothing was sent; ${lines.length === 1 ? "a problem" : `${lines.length} problems`}:\n${lines.join("\n")}\n\n`,
    );
    process.stderr.write(`Usage: ${commandPath(command)} ${command.usage()}\n(add --help for every flag)\n`);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`runapi: ${error instanceof Error ? `${error.name}: ` : ""}${message}\n`);
  if (error instanceof AuthenticationError) {
    process.stderr.write("Set RUNAPI_API_KEY (or RUNAPI_KEY) in the environment, or pass --api-key.\n");
  }
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(" ");
}
