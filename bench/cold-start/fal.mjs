import { createFalClient } from "@fal-ai/client";

createFalClient({ credentials: "bench" });
