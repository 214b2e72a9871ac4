import { type ToolOutcome, ToolOutput } from "../shared/tool-outcome.ts";
import { scaffoldFamily } from "./scaffold-family.ts";

/** `pnpm new-family` on the repository at `root` with the command line's arguments (see new-family.ts). */
export function runNewFamily(root: string, args: string[], output = new ToolOutput()): ToolOutcome {
  const [slug, ...rest] = args.filter((arg) => arg !== "--");
  if (slug === undefined || rest.length > 0) {
    output.error("Usage: pnpm new-family <slug>   (one slug, e.g. pnpm new-family acme-vision)");
    return output.outcome(1);
  }
  try {
    const file = scaffoldFamily(root, slug);
    output.log(
      `Wrote ${file}. Next: edit it (see CONTRIBUTING.md), then run \`pnpm generate\` and \`pnpm install\` (the new package joins the workspace; commit pnpm-lock.yaml with it).`,
    );
    return output.outcome(0, [file]);
  } catch (error) {
    output.error(`pnpm new-family: ${(error as Error).message}`);
    return output.outcome(1);
  }
}
