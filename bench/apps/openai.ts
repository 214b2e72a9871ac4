// The same small app for every SDK: create one image, wait for it, print the image URL.
// OpenAI's image endpoint answers when the image is ready, so one call both creates and waits.
import OpenAI from "openai";

const client = new OpenAI();
const image = await client.images.generate({ model: "gpt-image-1", prompt: "A red fox in the snow" });
console.log(image.data?.[0]?.url);
