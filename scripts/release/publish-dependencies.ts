/**
 * The release rehearsal's registry has no uplinks, so everything the public packages need from outside the
 * workspace is published to it first, from the copy's own install, exactly as each version was installed from
 * npm: their dependencies, those dependencies' own, all the way down, and the peers npm installs with them.
 *
 * A package is published as npm's own publish would send it, in-process: one PUT of its manifest with its
 * tarball attached, the tarball made from the installed folder (which holds exactly the files npm unpacked).
 * A hundred packages cost a second or two, not a hundred `npm publish` processes.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import semver from "semver";

/** What the registry needs to accept a publish: where it is and a publish token. */
export interface Registry {
  url: string;
  token: string;
}

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** An installed package: its folder (real path) and its manifest. */
interface Installed {
  dir: string;
  manifest: Manifest;
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;

/**
 * The folder `name` resolves to from `from`, as Node resolves a bare import: `node_modules/<name>` in `from`
 * or the nearest folder above it that has one. Undefined when nothing above has it.
 */
function resolveInstalled(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/** A package a user installs beside ours (the `ai` package beside the AI SDK provider), found from `from`. */
export interface Beside {
  name: string;
  from: string;
}

/**
 * Every package outside the workspace that the public packages of `repo` install with, and `beside` with
 * theirs, each once (name@version), found through the copy's own `node_modules`. A dependency npm must install
 * and the copy does not have is an error naming who needs it; an optional one (or an optional peer) it lacks is
 * left out, as npm leaves it.
 */
export function outsideDependencies(repo: string, beside: readonly Beside[] = []): Installed[] {
  const found = new Map<string, Installed>();
  const visit = (name: string, from: string, neededBy: string, optional: boolean) => {
    if (name.startsWith("@runapi.ai/")) return;
    const dir = resolveInstalled(name, from);
    if (!dir) {
      if (optional) return;
      throw new Error(
        `${neededBy} needs ${name}, which the copy's install does not have: run \`pnpm install\` in the repository, then the rehearsal again.`,
      );
    }
    const manifest = readManifest(dir);
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) return;
    found.set(key, { dir, manifest });
    walk(dir, manifest, key);
  };
  const walk = (dir: string, manifest: Manifest, neededBy: string) => {
    for (const name of Object.keys(manifest.dependencies ?? {})) visit(name, dir, neededBy, false);
    for (const name of Object.keys(manifest.optionalDependencies ?? {})) visit(name, dir, neededBy, true);
    for (const name of Object.keys(manifest.peerDependencies ?? {})) {
      visit(name, dir, neededBy, manifest.peerDependenciesMeta?.[name]?.optional === true);
    }
  };
  for (const folder of readdirSync(join(repo, "packages")).sort()) {
    const dir = join(repo, "packages", folder);
    if (!existsSync(join(dir, "package.json"))) continue;
    const manifest = readManifest(dir);
    if (manifest.private) continue;
    // Only what a user's install gets: dependencies and peers, not the workspace's devDependencies.
    walk(dir, manifest, manifest.name);
  }
  for (const { name, from } of beside) visit(name, from, "a user's app", false);
  return [...found.values()];
}

/** A gzipped tarball of `dir` with every file under `package/`, as npm packs one (system tar, GNU's flags). */
async function tarball(dir: string): Promise<Buffer> {
  const { stdout } = await promisify(execFile)(
    "tar",
    // pnpm's store links files of equal content to one inode; npm unpacks no hard links, so each is a file.
    [
      "--create",
      "--gzip",
      "--hard-dereference",
      "--file=-",
      "--directory",
      dir,
      "--transform",
      "s,^\\.,package,",
      ".",
    ],
    { encoding: "buffer", maxBuffer: 512 * 1024 * 1024 },
  );
  return stdout;
}

/** Publishes one installed package to the registry, as `npm publish` does: its manifest and tarball in one PUT. */
async function publishOne(registry: Registry, { dir, manifest }: Installed): Promise<void> {
  const data = await tarball(dir);
  const file = `${manifest.name.replace(/^@[^/]+\//, "")}-${manifest.version}.tgz`;
  const path = manifest.name.replace("/", "%2f");
  const version = {
    ...manifest,
    _id: `${manifest.name}@${manifest.version}`,
    dist: {
      integrity: `sha512-${createHash("sha512").update(data).digest("base64")}`,
      shasum: createHash("sha1").update(data).digest("hex"),
      tarball: new URL(`${path}/-/${file}`, registry.url).href,
    },
  };
  const response = await fetch(new URL(path, registry.url), {
    method: "PUT",
    headers: { authorization: `Bearer ${registry.token}`, "content-type": "application/json" },
    body: JSON.stringify({
      _id: manifest.name,
      name: manifest.name,
      "dist-tags": { latest: manifest.version },
      versions: { [manifest.version]: version },
      _attachments: {
        [file]: {
          content_type: "application/octet-stream",
          data: data.toString("base64"),
          length: data.length,
        },
      },
    }),
  });
  if (!response.ok) {
    throw new Error(
      `the registry refused ${manifest.name}@${manifest.version} (${response.status}): ${await response.text()}`,
    );
  }
}

/** How many packages are published at once: the registry writes each to disk, so a few overlap well. */
const AT_ONCE = 8;

/**
 * Publishes every outside dependency of `repo`'s public packages (and `beside`) to `registry`; answers their name@version,
 * sorted. Packages go a few at once; the versions of one package go one after another, oldest first, so that
 * its `latest` is the newest, as on npm.
 */
export async function publishOutsideDependencies(
  repo: string,
  registry: Registry,
  beside: readonly Beside[] = [],
): Promise<string[]> {
  const byName = new Map<string, Installed[]>();
  for (const installed of outsideDependencies(repo, beside)) {
    byName.set(installed.manifest.name, [...(byName.get(installed.manifest.name) ?? []), installed]);
  }
  const queue = [...byName.values()].map((versions) =>
    versions.sort((a, b) => semver.compare(a.manifest.version, b.manifest.version)),
  );
  const publishNext = async (): Promise<void> => {
    for (let versions = queue.shift(); versions; versions = queue.shift()) {
      for (const installed of versions) await publishOne(registry, installed);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, publishNext));
  return [...byName.values()]
    .flat()
    .map(({ manifest }) => `${manifest.name}@${manifest.version}`)
    .sort();
}
