import { fileURLToPath } from "node:url";

/** What one run of a repository tool did: what its command line exits with and prints, and what it wrote. */
export interface ToolOutcome {
  /** The command line's exit status: 0 done, 1 refused or failed, 2 bad arguments. */
  status: number;
  stdout: string;
  stderr: string;
  /** The files the tool wrote or removed itself, relative to the root. */
  written: string[];
}

/**
 * What a tool prints, line by line, kept for its outcome. On the command line (`echo`) each line is also
 * written to this process's stdout or stderr as it comes, so a long run shows its progress.
 */
export class ToolOutput {
  readonly #echo: boolean;
  #stdout = "";
  #stderr = "";

  constructor({ echo = false }: { echo?: boolean } = {}) {
    this.#echo = echo;
  }

  /** Whether the lines reach this process's stdout and stderr (and a child's may be inherited). */
  get echoes(): boolean {
    return this.#echo;
  }

  log(text = ""): void {
    this.out(`${text}\n`);
  }

  error(text = ""): void {
    this.err(`${text}\n`);
  }

  /** Text for stdout as it is (a child's output, say). */
  out(text: string): void {
    this.#stdout += text;
    if (this.#echo) process.stdout.write(text);
  }

  /** Text for stderr as it is. */
  err(text: string): void {
    this.#stderr += text;
    if (this.#echo) process.stderr.write(text);
  }

  outcome(status: number, written: string[] = []): ToolOutcome {
    return { status, stdout: this.#stdout, stderr: this.#stderr, written };
  }
}

/** A tool: its work on the repository at `root`, given the command line's arguments. */
export type Tool = (root: string, args: string[], output: ToolOutput) => ToolOutcome | Promise<ToolOutcome>;

/**
 * A tool's command-line entry (`pnpm <script>`): runs it on the repository `root` names with this process's
 * arguments, its lines printed as they come, and exits with its status.
 */
export async function runFromCommandLine(tool: Tool, root: URL): Promise<void> {
  const outcome = await tool(fileURLToPath(root), process.argv.slice(2), new ToolOutput({ echo: true }));
  process.exitCode = outcome.status;
}
