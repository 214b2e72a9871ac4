// One typed call, the same for every SDK: run an image generation and keep its typed result.
import OpenAI from "openai";

const client = new OpenAI();
export const result = await client.images.generate({ model: "gpt-image-1", prompt: "A red fox in the snow" });
