import { type Emulator, type EmulatorOptions, startEmulator } from "@runapi.ai/emulator";
import { type ClientOptions, RunAPIClient } from "../src/index.js";
import { type FixtureFamily, writeFixtureSpecs } from "./fixture-specs.js";
import { type ImagesModels, imagesFamily } from "./test-catalog.js";

/** The emulator serving only the given fixture families; closing it removes their specs. */
export async function startFixtureEmulator(
  families: readonly FixtureFamily[],
  options: Omit<EmulatorOptions, "specsDir"> = {},
): Promise<Emulator> {
  const specs = writeFixtureSpecs(families);
  try {
    const emulator = await startEmulator({ port: 0, ...options, specsDir: specs.dir });
    const close = emulator.close.bind(emulator);
    return Object.assign(emulator, { close: () => close().finally(specs.remove) });
  } catch (error) {
    specs.remove();
    throw error;
  }
}

/** The emulator and core clients of the images family, for tests of core's behaviour against real HTTP. */
export async function emulatorWithClient(options: Omit<EmulatorOptions, "specsDir"> = {}) {
  const emulator = await startFixtureEmulator([imagesFamily], { taskDurationMs: 1_000_000, ...options });
  const client = (overrides: ClientOptions = {}) =>
    new RunAPIClient<ImagesModels>(
      { apiKey: emulator.apiKey, baseURL: emulator.url, ...overrides },
      imagesFamily.catalog,
    );
  return { emulator, client };
}

export type { Emulator };
export const CREATE_ROUTE = "POST /api/v1/test_images/text_to_image";
export const READ_ROUTE = "GET /api/v1/test_images/text_to_image/*";
export const params = { model: "images-pro-text-to-image", prompt: "A lighthouse at dawn" } as const;
