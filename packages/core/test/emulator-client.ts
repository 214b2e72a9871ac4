import { type Emulator, type EmulatorOptions, startEmulator } from "../../emulator/src/index.js";
import type { Flux2Models } from "../../flux-2/src/generated/variants.js";
import { catalog } from "../../flux-2/src/generated/variants.js";
import { type ClientOptions, RunAPIClient } from "../src/index.js";

/** The emulator and a core client on the Flux 2 catalog, for tests of core's behaviour against real HTTP. */
export async function emulatorWithClient(options: EmulatorOptions = {}) {
  const emulator = await startEmulator({ port: 0, taskDurationMs: 1_000_000, ...options });
  const client = (overrides: ClientOptions = {}) =>
    new RunAPIClient<Flux2Models>({ apiKey: emulator.apiKey, baseURL: emulator.url, ...overrides }, catalog);
  return { emulator, client };
}

export type { Emulator };
export const CREATE_ROUTE = "POST /api/v1/flux_2/text_to_image";
export const READ_ROUTE = "GET /api/v1/flux_2/text_to_image/*";
export const params = { model: "flux-2-pro-text-to-image", prompt: "A lighthouse at dawn" } as const;
