/**
 * `pnpm size`: bundles, for every generated family package, the smallest real app (create one task, wait
 * for it, print the answer) for the browser and for Node, minified, with code splitting, and fails when what
 * it loads up front (its entry chunk and the chunks that imports statically; not what the SDK import()s on
 * first use) is past the package's ceiling in gzip bytes; and when the bench's own app (bench/apps/) loads
 * no less up front through @runapi.ai/flux-2 than through each peer SDK, bundled alike in the same run. Needs
 * the packages built (`pnpm build`). Run in CI by `pnpm test`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { APPS } from "./lib/apps.ts";
import { bundleSize, type Platform } from "./lib/bundle.ts";
import { benchPath } from "./lib/paths.ts";
import { format } from "./lib/report.ts";
import { DESIGN_BUDGET_BYTES, limitFor } from "./size-limits.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

interface FamilyPackage {
  name: string;
  dir: string;
  model: string;
}

/** Generated family packages: they say so in package.json and run on @runapi.ai/core. */
async function familyPackages(): Promise<FamilyPackage[]> {
  const families: FamilyPackage[] = [];
  for (const entry of readdirSync(join(root, "packages")).sort()) {
    const dir = join(root, "packages", entry);
    const manifestPath = join(dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    const generated = String(manifest["//"] ?? "").startsWith("Generated from specs/");
    if (!generated || !manifest.dependencies?.["@runapi.ai/core"]) continue;
    const dist = join(dir, "dist/index.js");
    if (!existsSync(dist))
      throw new Error(`${manifest.name} is not built (${dist} is missing): run pnpm build`);
    const { catalog } = await import(pathToFileURL(dist).href);
    families.push({ name: manifest.name, dir, model: catalog.variants[0].model });
  }
  return families;
}

/** The app every family is measured with; the package's own example would do, but its size depends on prose. */
function appFor(family: FamilyPackage): string {
  return [
    `import RunAPI from ${JSON.stringify(join(family.dir, "dist/index.js"))};`,
    "const client = new RunAPI();",
    `const task = await client.create({ model: ${JSON.stringify(family.model)} } as never);`,
    "const done = await client.wait(task);",
    "console.log(done);",
  ].join("\n");
}

const families = await familyPackages();
if (families.length === 0) throw new Error("no generated family package found under packages/");
let failed = 0;
for (const family of families) {
  const limit = limitFor(family.name);
  const sizes: string[] = [];
  let largest = 0;
  for (const platform of ["browser", "node"] satisfies Platform[]) {
    const { initial, total } = await bundleSize(
      { contents: appFor(family), resolveDir: family.dir },
      platform,
    );
    largest = Math.max(largest, initial.gzip);
    sizes.push(
      `${platform} ${format(initial.gzip, "B")} (all ${total.files} chunks ${format(total.gzip, "B")})`,
    );
  }
  const over = largest > limit.bytes;
  if (over) failed++;
  const design = largest <= DESIGN_BUDGET_BYTES ? "within" : "over";
  console.log(
    `${over ? "✗" : "✓"} ${family.name}: create + wait app, min+gzip up front: ${sizes.join(", ")}; ` +
      `ceiling ${format(limit.bytes, "B")}${over ? " EXCEEDED" : ""} (design budget ${format(DESIGN_BUDGET_BYTES, "B")}: ${design})`,
  );
  if (over) {
    console.error(
      `  ${family.name} grew past its ceiling by ${format(largest - limit.bytes, "B")}: make it smaller ` +
        "(core's client is in every family's bundle; a feature that not every app uses belongs in code the " +
        "app imports itself), or raise the ceiling in bench/size-limits.ts with the reason.",
    );
  }
}
// DESIGN: smaller than every peer. The bench's own app against each SDK, bundled the same way in this run.
const [ours, ...peers] = APPS;
for (const platform of ["browser", "node"] satisfies Platform[]) {
  const upFront = async (app: string) => (await bundleSize(benchPath(app), platform)).initial.gzip;
  const ourBytes = await upFront(ours.app);
  for (const peer of peers) {
    const peerBytes = await upFront(peer.app);
    const smaller = ourBytes < peerBytes;
    if (!smaller) failed++;
    console.log(
      `${smaller ? "✓" : "✗"} ${platform}: ${ours.subject}'s app loads ${format(ourBytes, "B")} up front, ` +
        `${peer.subject}'s ${format(peerBytes, "B")} (${(peerBytes / ourBytes).toFixed(3)}× ours)`,
    );
    if (!smaller) {
      console.error(
        `  ${ours.subject} is no longer smaller than ${peer.subject} (bench/apps/): DESIGN.md promises smaller than ` +
          "every peer. Make core or the variant table smaller; a feature not every app uses belongs in code loaded on first use.",
      );
    }
  }
}

if (failed > 0) process.exitCode = 1;
