/** Reads an environment variable where one exists (Node, Bun, Deno with --allow-env); empty counts as unset. */
export function readEnv(name: string): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    const value = env?.[name]?.trim();
    return value ? value : undefined;
  } catch {
    return undefined; // Deno without env permission
  }
}
