import type { Catalog, ClientOptions, InputSchema, Variant, WithFileInputs } from "../src/index.js";
import { RunAPIClient } from "../src/index.js";
import type { FixtureFamily } from "./fixture-specs.js";

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

const RATIOS = ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"];
const imageProperties = (model: string, sources: boolean): Record<string, InputSchema> => ({
  model: { type: "string", const: model },
  prompt: { type: "string", minLength: 3, maxLength: 5000 },
  ...(sources && {
    source_image_urls: {
      type: "array",
      minItems: 1,
      maxItems: 8,
      items: { type: "string", pattern: "^https?://" },
      file: true,
    },
  }),
  aspect_ratio: { type: "string", enum: sources ? [...RATIOS, "auto"] : RATIOS, default: "1:1" },
  output_resolution: { type: "string", enum: ["1k", "2k"], default: "1k" },
  enable_safety_checker: { type: "boolean" },
  callback_url: { type: "string", pattern: "^https?://" },
});

/** One variant of the images family: a Pro (5/7 cents) or Flex (14/24 cents) model of an action. */
function imageVariant(tier: "pro" | "flex", action: "text_to_image" | "image_to_image"): Variant {
  const model = `images-${tier}-${action.replaceAll("_", "-")}`;
  const [cents, twoK] = tier === "pro" ? [5, 7] : [14, 24];
  const sources = action === "image_to_image";
  return {
    model,
    action,
    method: "POST",
    path: `/api/v1/test_images/${action}`,
    status: "active",
    task: "async",
    price: { unit: "call", cents, by: { output_resolution: { "1k": cents, "2k": twoK } } },
    input: {
      type: "object",
      additionalProperties: false,
      required: ["model", "prompt", ...(sources ? ["source_image_urls"] : [])],
      properties: imageProperties(model, sources),
    },
  };
}

/**
 * An image family shaped like a real one: text to image and image to image (with a file field), each in a
 * Pro and a Flex variant whose price the output resolution decides.
 */
export const imagesFamily: FixtureFamily = {
  catalog: {
    family: "test-images",
    variants: [
      imageVariant("pro", "text_to_image"),
      imageVariant("flex", "text_to_image"),
      imageVariant("pro", "image_to_image"),
      imageVariant("flex", "image_to_image"),
    ],
  },
  modality: "image",
  examples: {
    text_to_image: {
      "images-pro-text-to-image": { model: "images-pro-text-to-image", prompt: "A lighthouse at dawn" },
      "images-flex-text-to-image": { model: "images-flex-text-to-image", prompt: "A paper-cut fox" },
    },
    image_to_image: {
      "images-pro-image-to-image": {
        model: "images-pro-image-to-image",
        prompt: "The same scene at night",
        source_image_urls: ["https://example.com/source.png"],
      },
      "images-flex-image-to-image": {
        model: "images-flex-image-to-image",
        prompt: "Turn the photo into a watercolor",
        source_image_urls: ["https://example.com/photo.jpg"],
      },
    },
  },
};

type Ratio = "1:1" | "4:3" | "3:4" | "16:9" | "9:16" | "3:2" | "2:3";
interface ImageParams {
  prompt: string;
  aspect_ratio?: Ratio;
  output_resolution?: "1k" | "2k";
  enable_safety_checker?: boolean;
  callback_url?: string;
}
type SourceParams = WithFileInputs<
  ImageParams & { source_image_urls: string[]; aspect_ratio?: Ratio | "auto" },
  "source_image_urls"
>;
/** A task as the API answers it (its common components). */
interface ImageTask {
  id: string;
  status: "pending" | "processing" | "completed" | "failed";
  /** True when an earlier request with the same Idempotency-Key created this task. */
  task_replayed?: boolean;
  images?: { url: string }[];
  error?: string | { code?: string; message?: string };
  billing?: {
    reservation?: { amount_cents?: number } | null;
    settlement?: { charged_amount_cents?: number } | null;
    refund?: { refunded_at?: string } | null;
  };
  created_at?: string;
  completed_at?: string;
}
type ImageModel<P> = { params: P; created: ImageTask; task: ImageTask };

/** The types a generated package would give the images family. */
export type ImagesModels = {
  "images-pro-text-to-image": ImageModel<ImageParams & { model: "images-pro-text-to-image" }>;
  "images-flex-text-to-image": ImageModel<ImageParams & { model: "images-flex-text-to-image" }>;
  "images-pro-image-to-image": ImageModel<SourceParams & { model: "images-pro-image-to-image" }>;
  "images-flex-image-to-image": ImageModel<SourceParams & { model: "images-flex-image-to-image" }>;
};
