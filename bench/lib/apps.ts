/** The same small app written against each SDK (create one image task, wait, print the URL): ours first. */
export const APPS = [
  { subject: "@runapi.ai/flux-2", app: "apps/runapi.ts" },
  { subject: "replicate", app: "apps/replicate.ts" },
  { subject: "@fal-ai/client", app: "apps/fal.ts" },
  { subject: "openai", app: "apps/openai.ts" },
] as const;
