/** The purposes `/v1/files` and `/v1/uploads` take. */
const PURPOSES = ["user_data"];

/** Why a `purpose` cannot be used, or undefined when it can. */
export function purposeProblem(purpose: unknown): string | undefined {
  if (purpose === undefined || purpose === null || purpose === "")
    return `purpose is required: ${PURPOSES.join(", ")}`;
  if (!PURPOSES.includes(purpose as string)) return `purpose must be one of: ${PURPOSES.join(", ")}`;
  return undefined;
}
