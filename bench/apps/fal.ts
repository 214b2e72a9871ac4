// The same small app for every SDK: create one image task, wait for it, print the image URL.
import { fal } from "@fal-ai/client";

const endpoint = "fal-ai/flux-2-pro";
const { request_id: requestId } = await fal.queue.submit(endpoint, {
  input: { prompt: "A red fox in the snow" },
});
await fal.queue.subscribeToStatus(endpoint, { requestId });
const result = await fal.queue.result(endpoint, { requestId });
console.log(result.data.images[0]?.url);
