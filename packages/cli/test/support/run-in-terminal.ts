import { spawn } from "node:child_process";
import { cliCommand, cliEnv, repoRoot } from "./run-cli.ts";

export interface TerminalRun {
  /** Everything the terminal showed so far, stdout and stderr as one stream, as a person sees it. */
  output(): string;
  /** Resolves once the terminal shows text matching `pattern`; rejects if the command ends first. */
  shows(pattern: RegExp): Promise<string>;
  /** Types `keys` at the terminal: "\x03" is Ctrl-C, which the terminal turns into SIGINT for the command. */
  type(keys: string): void;
  /** The command's exit code, once it ends. */
  exited: Promise<number | null>;
  /** Ends the run, Ctrl-C first if it is still going (for a test's `finally`). */
  stop(): void;
}

/**
 * `runapi <args>` on a pseudo-terminal, as in a person's terminal: stdout and stderr are TTYs, and Ctrl-C
 * reaches every process of the command. The terminal is util-linux's `script`, part of every Debian and
 * Ubuntu system (bsdutils is essential there); `-e` makes its exit code the command's. `script` starts the
 * command through `$SHELL -c`; `exec` has that shell (dash, bash, whichever) give its place to the command, as an
 * interactive shell would hand the terminal over, so a Ctrl-C reaches the command and not a shell that dies of it.
 */
export function runInTerminal(args: string[], env: Record<string, string>): TerminalRun {
  const words = [process.execPath, ...cliCommand(), ...args];
  const command = `exec ${words.map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(" ")}`;
  const child = spawn("script", ["-qfec", command, "/dev/null"], {
    cwd: repoRoot,
    stdio: ["pipe", "pipe", "pipe"],
    env: cliEnv(env),
  });
  let text = "";
  const waiting = new Set<() => void>();
  const append = (chunk: string) => {
    text += chunk;
    for (const check of waiting) check();
  };
  child.stdout.setEncoding("utf8").on("data", append);
  child.stderr.setEncoding("utf8").on("data", append);
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      for (const check of waiting) check();
      resolve(code);
    });
  });
  return {
    output: () => text,
    shows: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(text)) {
            waiting.delete(check);
            resolve(text);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            waiting.delete(check);
            reject(new Error(`the command ended (${child.exitCode}) before showing ${pattern}:\n${text}`));
          }
        };
        waiting.add(check);
        check();
      }),
    type: (keys) => child.stdin.write(keys),
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.stdin.write("\u0003");
      child.stdin.end();
    },
  };
}
