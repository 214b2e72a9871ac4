// The same small app for every SDK: create one image task, wait for it, print the image URL.
import Replicate from "replicate";

const replicate = new Replicate();
const prediction = await replicate.predictions.create({
  model: "black-forest-labs/flux-2-pro",
  input: { prompt: "A red fox in the snow" },
});
const done = await replicate.wait(prediction);
console.log(done.output);
