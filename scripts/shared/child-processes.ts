import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The command and everything it started are killed after this long; default two minutes. */
  timeoutMs?: number;
}

/** A command that exited non-zero or ran out of time, with what it printed. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly output: string,
    reason: string,
  ) {
    super(`\`${command}\` ${reason}\n${output.trimEnd().split("\n").slice(-80).join("\n")}`);
    this.name = "CommandError";
  }
}

/**
 * Every process a script starts, each in its own process group, so that stopping one also stops what it
 * started (pnpm → npm → node) — on success, on failure and on Ctrl-C.
 */
export class ChildProcesses {
  readonly #running = new Set<ChildProcess>();

  /** Runs a command to completion and resolves with its output (stdout and stderr, interleaved). */
  run(command: string, args: string[], options: RunOptions): Promise<string> {
    const line = [command, ...args].join(" ");
    return new Promise((resolve, reject) => {
      const child = this.#spawn(command, args, options, "pipe");
      let output = "";
      child.stdout?.on("data", (chunk) => (output += chunk));
      child.stderr?.on("data", (chunk) => (output += chunk));
      const timer = setTimeout(() => {
        killGroup(child, "SIGKILL");
        reject(new CommandError(line, output, `did not finish within ${options.timeoutMs ?? 120_000} ms`));
      }, options.timeoutMs ?? 120_000);
      child.on("error", (error) => {
        clearTimeout(timer);
        reject(new CommandError(line, output, `could not start: ${error.message}`));
      });
      child.on("close", (status, signal) => {
        clearTimeout(timer);
        if (status === 0) resolve(output);
        else reject(new CommandError(line, output, `failed (${signal ?? `exit ${status}`})`));
      });
    });
  }

  /** Starts a long-running process (a server) writing to `logFile`; `stopAll` stops it. */
  start(command: string, args: string[], options: RunOptions & { logFile: string }): ChildProcess {
    const log = openSync(options.logFile, "a");
    try {
      return this.#spawn(command, args, options, log);
    } finally {
      closeSync(log);
    }
  }

  /**
   * SIGTERM to every group still running, then SIGKILL to any left after `graceMs`. Groups of commands that
   * already exited are signalled too: something they started may have outlived them.
   */
  async stopAll(graceMs = 5_000): Promise<void> {
    const running = [...this.#running];
    for (const child of running) killGroup(child, "SIGTERM");
    const deadline = Date.now() + graceMs;
    while (running.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    for (const child of running) if (isAlive(child)) killGroup(child, "SIGKILL");
    this.#running.clear();
  }

  #spawn(command: string, args: string[], options: RunOptions, output: "pipe" | number): ChildProcess {
    // detached: the child leads a new process group, which killGroup signals as a whole.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["ignore", output, output],
    });
    this.#running.add(child);
    return child;
  }
}

/** Whether any process of the child's group is still running. */
function isAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has already exited.
  }
}
