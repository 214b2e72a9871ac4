// Test support: one emulator per test file, a provider that reaches it, and the checks every kind's tests make.
import { InvalidArgumentError } from "@ai-sdk/provider";
import { type Emulator, type RecordedRequest, startEmulator } from "@runapi.ai/emulator";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createRunAPI, type RunAPIProvider } from "../../src/index.js";

// The warnings are asserted on the results; the AI SDK need not print them too.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

/** The key the emulator accepts. */
export const KEY = "sk-provider-test";

/** The warning the provider gives for a standard setting `model` has no field for: the setting is not sent. */
export function unsupportedSetting(model: string, feature: string) {
  return {
    type: "unsupported",
    feature,
    details: `${model} has no ${feature} setting on RunAPI; it was not sent`,
  };
}

/** The cents a family action's own estimate gives for `body`: what a task made of that body is charged. */
export function estimatedCents(action: { estimateCost(params: never): unknown }, body: unknown): number {
  return (action.estimateCost(body as never) as { cents: number }).cents;
}

/**
 * Asserts the facts a finished task gives `providerMetadata.runapi`: its task id, and as its charge the cents
 * `action`'s own estimate gives for the `body` sent. Answers the facts.
 */
export function expectTaskFacts(
  metadata: unknown,
  action: { estimateCost(params: never): unknown },
  body: unknown,
): { taskId: string; chargedCents: number } {
  const facts = metadata as { taskId: string; chargedCents: number };
  expect(facts.taskId).toMatch(/^[0-9a-f-]{36}$/);
  expect(facts.chargedCents).toBe(estimatedCents(action, body));
  return facts;
}

/** The emulator and the provider a test file uses: read them in its tests (its hooks start them), not at its top. */
export interface EmulatedProvider {
  readonly emulator: Emulator;
  readonly runapi: RunAPIProvider;
  /** The last task created at `path` (`/api/v1/<family>/<action>`): what the provider sent. */
  lastCreate(path: string): RecordedRequest | undefined;
  /**
   * The test each kind has of a bad `providerOptions.runapi` value: `call` is refused with core's `message` as an
   * `InvalidArgumentError`, and nothing is sent.
   */
  itRefusesBadProviderOptions(call: () => Promise<unknown>, message: string): void;
}

/**
 * Starts an emulator (tasks finish at once) before the calling file's tests and closes it after them, with a
 * provider that reaches it with {@link KEY}.
 */
export function useEmulatedProvider(): EmulatedProvider {
  let emulator: Emulator | undefined;
  let runapi: RunAPIProvider | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, apiKeys: [KEY], taskDurationMs: 0 });
    runapi = createRunAPI({ apiKey: KEY, baseURL: emulator.url });
  });
  afterAll(() => emulator?.close());
  const running = (): Emulator => {
    if (emulator === undefined) throw new Error("The emulator starts in beforeAll: read it in a test");
    return emulator;
  };
  return {
    get emulator() {
      return running();
    },
    get runapi() {
      running();
      return runapi as RunAPIProvider;
    },
    lastCreate: (path) =>
      running()
        .requests.filter((request) => request.method === "POST" && request.path === path)
        .at(-1),
    itRefusesBadProviderOptions: (call, message) =>
      it("refuses a bad providerOptions.runapi value with core's message, and sends nothing", async () => {
        const before = running().requestsReceived();
        const refused = call();
        await expect(refused).rejects.toBeInstanceOf(InvalidArgumentError);
        await expect(refused).rejects.toThrow(message);
        expect(running().requestsReceived()).toBe(before);
      }),
  };
}
