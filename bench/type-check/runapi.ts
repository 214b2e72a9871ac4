// One typed call, the same for every SDK: run an image generation and keep its typed result.
import RunAPI from "@runapi.ai/flux-2";

const client = new RunAPI();
export const result = await client.run({
  model: "flux-2-pro-text-to-image",
  prompt: "A red fox in the snow",
});
