import OpenAI from "openai";

new OpenAI({ apiKey: "bench" });
