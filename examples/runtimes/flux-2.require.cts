// A TypeScript app written as CommonJS (module node16, a .cts file) and the built @runapi.ai/flux-2: what
// require() returns is typed as it is at run time, the client class with every export of the package on it.
// Type-checked by the examples' typecheck (tsc -p runtimes); flux-2.e2e.test.cjs runs the same calls.
import RunAPI = require("@runapi.ai/flux-2");

async function main(key: string): Promise<string> {
  const client: RunAPI = new RunAPI(key);
  const same: RunAPI.RunAPI = new RunAPI.RunAPI({ apiKey: key });
  const byDefault: RunAPI = new RunAPI.default(key);
  const params: RunAPI.Flux2Params<"flux-2-pro-text-to-image"> = {
    model: "flux-2-pro-text-to-image",
    prompt: "A paper-cut fox",
  };
  // @ts-expect-error: a model the package does not have (so the client is not typed as any)
  void client.create({ model: "flux-2-none", prompt: "A paper-cut fox" });
  try {
    const done = await client.run(params);
    const url: string | undefined = done.images?.[0]?.url;
    return url ?? RunAPI.parseCallback(JSON.stringify(done)).id;
  } catch (error) {
    if (error instanceof RunAPI.ValidationError) {
      const issues: readonly RunAPI.ValidationIssue[] = error.issues;
      return issues.map((issue) => issue.message).join("; ");
    }
    if (error instanceof RunAPI.RunAPIError) return `${error.status}`;
    throw error;
  } finally {
    void [same, byDefault, RunAPI.catalog.variants.length, RunAPI.VERSION];
  }
}

export = main;
