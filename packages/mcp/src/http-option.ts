/** The port `--http` listens on when `--port` does not say. */
export const DEFAULT_HTTP_PORT = 4020;

/**
 * The port to serve MCP over HTTP on, from `--http [--port N]` (or `--port=N`); `undefined` without `--http`
 * (stdio). A port that is not a whole number from 0 to 65535, or `--port` without `--http`, is refused.
 */
export function httpPort(argv: readonly string[]): number | undefined {
  const flag = argv.findIndex((arg) => arg === "--port" || arg.startsWith("--port="));
  const given =
    flag === -1 ? undefined : argv[flag]?.includes("=") ? argv[flag]?.split("=")[1] : argv[flag + 1];
  if (!argv.includes("--http")) {
    if (flag !== -1) throw new Error("--port takes effect with --http: runapi-mcp --http --port 4020");
    return undefined;
  }
  if (flag === -1) return DEFAULT_HTTP_PORT;
  const port = Number(given);
  if (!given?.trim() || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `--port takes a port number from 0 to 65535 (0 picks a free one), not ${given ?? "nothing"}`,
    );
  }
  return port;
}
