import {
  AuthenticationError,
  InsufficientCreditsError,
  TaskFailedError,
  ValidationError,
  WaitTimeoutError,
} from "@runapi.ai/core";
import { CommanderError } from "commander";

/** The exit code of each error class, as `runapi --help` and the README list them. */
export const EXIT_CODES = [
  { code: 0, meaning: "done" },
  { code: 1, meaning: "any other API or network error" },
  { code: 2, meaning: "invalid flags or parameters (nothing was sent)" },
  { code: 3, meaning: "authentication failed: a missing or wrong API key" },
  { code: 4, meaning: "insufficient credits" },
  { code: 5, meaning: "the task failed" },
  { code: 6, meaning: "waiting timed out (the task goes on; wait for it again)" },
] as const;

/** The exit code for an error a command ended with. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof ValidationError || error instanceof CommanderError) return 2;
  if (error instanceof AuthenticationError) return 3;
  if (error instanceof InsufficientCreditsError) return 4;
  if (error instanceof TaskFailedError) return 5;
  if (error instanceof WaitTimeoutError) return 6;
  return 1;
}

/** The exit codes as the help's closing section prints them. */
export function exitCodesText(): string {
  return `Exit codes:\n${EXIT_CODES.map(({ code, meaning }) => `  ${code}  ${meaning}`).join("\n")}\n`;
}
