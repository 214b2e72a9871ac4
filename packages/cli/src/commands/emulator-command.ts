import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Command } from "commander";

/** The emulator's bin (`runapi-emulator`) in the @runapi.ai/emulator this package depends on. */
function emulatorBin(): string {
  const manifest = createRequire(import.meta.url).resolve("@runapi.ai/emulator/package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: Record<string, string> };
  return join(dirname(manifest), bin["runapi-emulator"] as string);
}

/**
 * `runapi emulator [--port N] [flags]`: the published emulator's own command, with every flag passed on to it
 * (`runapi emulator --help` prints its options). It prints its banner and stops on Ctrl-C or SIGTERM; this
 * process waits for it and ends with its exit code.
 */
export function addEmulatorCommand(program: Command): void {
  program
    .command("emulator")
    .description(
      "start a local RunAPI emulator (default port 4010; --port 0 picks a free one); it prints the two variables that point runapi at it",
    )
    .argument("[flags...]", "the emulator's flags, e.g. --port 4010 (runapi emulator --help lists them)")
    // Every flag, --help included, is the emulator's: it answers them itself.
    .helpOption(false)
    .allowUnknownOption()
    .action(async (flags: string[]) => {
      process.exitCode = await runEmulator(flags);
    });
}

/** Runs the emulator's bin with `flags` in the foreground; answers its exit code. */
function runEmulator(flags: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [emulatorBin(), ...flags], { stdio: "inherit" });
  // Ctrl-C reaches the emulator from the terminal itself; a signal sent to this process alone is passed on.
  // Either way the emulator closes its server and exits, and then so does this process.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const signal of signals) process.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      for (const name of signals) process.off(name, forward);
      resolve(code ?? 128 + (signal === "SIGINT" ? 2 : signal === "SIGHUP" ? 1 : 15));
    });
  });
}
