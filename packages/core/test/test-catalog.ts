import type { Catalog, ClientOptions } from "../src/index.js";
import { RunAPIClient } from "../src/index.js";

/** A one-variant catalog, the shape a generated package hands to core, for tests that need no spec. */
export const testCatalog: Catalog = {
  family: "test",
  variants: [
    {
      model: "test-model",
      action: "text_to_image",
      method: "POST",
      path: "/api/v1/test/text_to_image",
      status: "active",
      task: "async",
      price: { unit: "call", cents: 3 },
      input: {
        type: "object",
        additionalProperties: false,
        required: ["model", "prompt"],
        properties: {
          model: { type: "string", const: "test-model" },
          prompt: { type: "string", minLength: 3 },
        },
      },
    },
  ],
};

type TestModels = {
  "test-model": {
    params: { model: "test-model"; prompt: string };
    created: { id: string; status: string };
    task: { id: string; status: string; images?: { url: string }[] };
  };
};

export function testClient(options?: string | ClientOptions) {
  return new RunAPIClient<TestModels>(options, testCatalog);
}
