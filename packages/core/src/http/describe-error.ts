/**
 * "fetch failed (ECONNREFUSED)": the network error's message and, when it has a cause, the cause's code, else
 * its message ("bad port").
 */
export function describeError(error: unknown): string {
  const { message, cause } = Object(error) as {
    message?: string;
    cause?: { code?: string; message?: string };
  };
  const reason = cause?.code || cause?.message;
  return `${message ?? error}${reason ? ` (${reason})` : ""}`;
}
