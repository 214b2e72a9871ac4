/**
 * What `npx @runapi.ai/emulator` prints once it listens, with its default balance: written once for the CLI's
 * test and the release rehearsal's, which runs the published package.
 */
export function startupBanner(url: string, key: string): string {
  return [
    `RunAPI emulator listening on ${url} — API key: ${key}`,
    "Balance: 1000000 cents per account, play money: nothing is charged for real",
    "",
    "Point a RunAPI client at it, in the shell that runs your app:",
    `  export RUNAPI_BASE_URL=${url}`,
    `  export RUNAPI_API_KEY=${key}`,
    "",
    "Outputs are placeholders the emulator draws, not a model's work. Ctrl-C stops it.",
    "",
  ].join("\n");
}
