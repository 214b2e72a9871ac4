import { cpSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./run-cli.ts";

/**
 * A specs folder with Flux 2's spec alone (and the shared components), for an emulator started as a command:
 * it then loads one spec instead of every family's, a fraction of the processor time.
 */
export function flux2Specs(dir: string): string {
  const specs = join(dir, "specs");
  mkdirSync(specs, { recursive: true });
  cpSync(join(repoRoot, "specs", "_shared"), join(specs, "_shared"), { recursive: true });
  cpSync(join(repoRoot, "specs", "flux-2.yaml"), join(specs, "flux-2.yaml"));
  return specs;
}
