/** A problem found in a spec: where it is, what is wrong, and how to fix it. */
export interface SpecProblem {
  /** The spec file, relative to the repository root. */
  file: string;
  /** JSON Pointer to the offending node inside the file. */
  pointer: string;
  message: string;
  fix: string;
}

export class SpecError extends Error {
  constructor(readonly problems: SpecProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "SpecError";
  }
}

/**
 * An error the linter did not foresee (a library throwing on a spec it let through), raised while one spec was
 * read or rendered, before anything was written: it names that spec.
 */
export class SpecCrash extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`${file}: ${(cause instanceof Error ? cause.message : String(cause)).split("\n")[0]}`, { cause });
    this.name = "SpecCrash";
  }
}

export function formatProblem(problem: SpecProblem): string {
  return `${problem.file}#${problem.pointer}: ${problem.message}\n  fix: ${problem.fix}`;
}
