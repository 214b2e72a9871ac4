/**
 * `pnpm size`: bundles, for every generated family package, the smallest real app (create one task, wait
 * for it, print the answer) for the browser and for Node, minified, with code splitting, and fails when what
 * it loads up front (its entry chunk and the chunks that imports statically; not what the SDK import()s on
 * first use) grows past the package's own recorded size (bench/size-baseline.json) plus a few percent.
 * `pnpm size --update` records today's sizes; commit that with the reason. Needs the packages built
 * (`pnpm build`). Run in CI by `pnpm test`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isGenerated } from "../scripts/shared/generated-packages.ts";
import { bundleSize, type Platform } from "./lib/bundle.ts";
import { format } from "./lib/report.ts";
import {
  ceilingOf,
  readBaseline,
  type SizeBaseline,
  UP_FRONT_AIM_BYTES,
  writeBaseline,
} from "./size-limits.ts";

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
    if (!isGenerated(manifest) || !manifest.dependencies?.["@runapi.ai/core"]) continue;
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

const update = process.argv.includes("--update");
const families = await familyPackages();
if (families.length === 0) throw new Error("no generated family package found under packages/");
const baseline = update ? {} : readBaseline();
const measured: SizeBaseline = {};
let failed = 0;
for (const family of families) {
  const sizes: string[] = [];
  let largest = 0;
  for (const platform of ["browser", "node"] satisfies Platform[]) {
    const { initial, total, oneFile } = await bundleSize(
      { contents: appFor(family), resolveDir: family.dir },
      platform,
    );
    largest = Math.max(largest, initial.gzip);
    sizes.push(
      `${platform} ${format(initial.gzip, "B")} (all ${total.files} chunks ${format(total.gzip, "B")}, ` +
        `one file ${format(oneFile.gzip, "B")})`,
    );
  }
  measured[family.name] = largest;
  if (update) {
    console.log(`${family.name}: up front ${sizes.join(", ")}; recorded ${format(largest, "B")}`);
    continue;
  }
  const recorded = baseline[family.name];
  if (recorded === undefined) {
    failed++;
    console.error(
      `✗ ${family.name} has no recorded size in bench/size-baseline.json: run pnpm size --update and commit it`,
    );
    continue;
  }
  const ceiling = ceilingOf(recorded);
  const over = largest > ceiling;
  if (over) failed++;
  const aim = largest <= UP_FRONT_AIM_BYTES ? "within" : "over";
  console.log(
    `${over ? "✗" : "✓"} ${family.name}: create + wait app, min+gzip up front: ${sizes.join(", ")}; ` +
      `recorded ${format(recorded, "B")}, ceiling ${format(ceiling, "B")}${over ? " EXCEEDED" : ""} ` +
      `(aim ${format(UP_FRONT_AIM_BYTES, "B")}: ${aim})`,
  );
  if (over) {
    console.error(
      `  ${family.name} grew ${format(largest - recorded, "B")} past its recorded size: make it smaller (core's ` +
        "client is in every family's bundle; a feature not every app uses belongs in code loaded on first use), " +
        "or, when the growth buys something users need, run pnpm size --update and say why in the commit.",
    );
  }
}
if (update) writeBaseline(measured);
if (failed > 0) process.exitCode = 1;
