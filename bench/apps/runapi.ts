// The same small app for every SDK: create one image task, wait for it, print the image URL.
import RunAPI from "@runapi.ai/flux-2";

const client = new RunAPI();
const task = await client.create({ model: "flux-2-pro-text-to-image", prompt: "A red fox in the snow" });
const done = await client.wait(task);
console.log(done.images?.[0]?.url);
