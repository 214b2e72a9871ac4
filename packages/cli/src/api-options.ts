import type { ClientOptions } from "@runapi.ai/core";
import { type Command, Option } from "commander";

/** The flags of every command that talks to the API. The key itself is never printed. */
export function addApiOptions(command: Command): Command {
  return command
    .addOption(new Option("--api-key <key>", "your RunAPI key (default: RUNAPI_API_KEY, then RUNAPI_KEY)"))
    .addOption(
      new Option("--base-url <url>", "the API origin (default: RUNAPI_BASE_URL, then https://runapi.ai)"),
    );
}

/** Client options from those flags; core reads the environment for whatever is left out. */
export function clientOptions(flags: { apiKey?: string; baseUrl?: string }): ClientOptions {
  return {
    ...(flags.apiKey !== undefined ? { apiKey: flags.apiKey } : {}),
    ...(flags.baseUrl !== undefined ? { baseURL: flags.baseUrl } : {}),
  };
}
