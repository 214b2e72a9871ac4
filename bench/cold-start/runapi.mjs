import RunAPI from "@runapi.ai/flux-2";

new RunAPI({ apiKey: "bench" });
