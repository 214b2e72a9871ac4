// One typed call, the same for every SDK: run an image generation and keep its typed result.
import { fal } from "@fal-ai/client";

export const result = await fal.subscribe("fal-ai/flux-2-pro", {
  input: { prompt: "A red fox in the snow" },
});
