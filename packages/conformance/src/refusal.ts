import type { ValidationError, ValidationIssue } from "@runapi.ai/core";

/**
 * The message a refusal with these problems reads, as the SDK documents it, written out here rather than taken
 * from core: one problem is its own message; several are `N problems: a; b`, the first five of them, then
 * `and N more (see error.issues)`.
 */
export function refusalMessage(issues: readonly ValidationIssue[]): string {
  if (issues.length === 1) return issues[0]?.message as string;
  const listed = issues.slice(0, 5).map((issue) => issue.message);
  if (issues.length > 5) listed.push(`and ${issues.length - 5} more (see error.issues)`);
  return `${issues.length} problems: ${listed.join("; ")}`;
}

/** A refusal's first problem, the one the API answers, after checking its message says every problem. */
export function firstProblem(error: ValidationError): string {
  if (error.message !== refusalMessage(error.issues)) {
    throw new Error(`"${error.message}" does not say its problems: ${JSON.stringify(error.issues)}`);
  }
  return error.issues[0]?.message as string;
}
