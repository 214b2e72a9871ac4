/**
 * `pnpm new-family <slug>`: writes specs/<slug>.yaml, a starting spec with one example variant whose lines
 * say what to change. `pnpm generate` then writes packages/<slug>.
 */
import { fileURLToPath } from "node:url";
import { scaffoldFamily } from "./scaffold-family.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const [slug, ...rest] = process.argv.slice(2).filter((arg) => arg !== "--");

if (slug === undefined || rest.length > 0) {
  console.error("Usage: pnpm new-family <slug>   (one slug, e.g. pnpm new-family acme-vision)");
  process.exitCode = 1;
} else {
  try {
    const file = scaffoldFamily(root, slug);
    console.log(
      `Wrote ${file}. Next: edit it (see CONTRIBUTING.md), then run \`pnpm generate\` and \`pnpm install\` (the new package joins the workspace; commit pnpm-lock.yaml with it).`,
    );
  } catch (error) {
    console.error(`pnpm new-family: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
