import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A JavaScript runtime the end-to-end suite runs on: its name and version, and its binary. */
export interface Runtime {
  name: "Node" | "Bun" | "Deno";
  version: string;
  binary: string;
}

/**
 * A binary shipped in an npm package (`bin` inside the package), fetched with `npm pack` from the registry
 * and cached under node_modules/.cache, so a second run downloads nothing. Several are fetched at once.
 */
async function packagedBinary(root: string, spec: string, bin: string): Promise<string> {
  const dir = join(root, "node_modules", ".cache", "runapi-runtimes", spec.replace(/[/@]/g, "_"));
  const binary = join(dir, "package", bin);
  if (existsSync(binary)) return binary;
  const staging = `${dir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  await run("npm", ["pack", spec, "--silent", "--pack-destination", staging]);
  const tarball = readdirSync(staging).find((file) => file.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack ${spec} produced no tarball in ${staging}`);
  await run("tar", ["-xzf", join(staging, tarball), "-C", staging]);
  rmSync(join(staging, tarball));
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return binary;
}

/** The registry names a machine's binaries by its system and processor, each runtime in its own words. */
function machine(words: Partial<Record<string, string>>, value: string, runtime: string): string {
  const word = words[value];
  if (!word)
    throw new Error(
      `${runtime} has no binary on npm for ${value}: run the suite on Linux or macOS, x64 or arm64`,
    );
  return word;
}

/** Node of an exact version, from the registry's `node-<platform>-<arch>` package. */
export async function nodeRuntime(root: string, version: string): Promise<Runtime> {
  const platform = process.platform === "win32" ? "win" : process.platform;
  const bin = process.platform === "win32" ? "bin/node.exe" : "bin/node";
  return {
    name: "Node",
    version,
    binary: await packagedBinary(root, `node-${platform}-${process.arch}@${version}`, bin),
  };
}

/** Bun of an exact version, from `@oven/bun-<platform>-<arch>`. */
export async function bunRuntime(root: string, version: string): Promise<Runtime> {
  const platform = machine({ linux: "linux", darwin: "darwin" }, process.platform, "Bun");
  const arch = machine({ x64: "x64", arm64: "aarch64" }, process.arch, "Bun");
  return {
    name: "Bun",
    version,
    binary: await packagedBinary(root, `@oven/bun-${platform}-${arch}@${version}`, "bin/bun"),
  };
}

/** Deno of an exact version, from `@deno/<platform>-<arch>`. */
export async function denoRuntime(root: string, version: string): Promise<Runtime> {
  const platform = machine({ linux: "linux", darwin: "darwin" }, process.platform, "Deno");
  const arch = machine({ x64: "x64", arm64: "arm64" }, process.arch, "Deno");
  const name = platform === "linux" ? `@deno/linux-${arch}-glibc` : `@deno/darwin-${arch}`;
  return { name: "Deno", version, binary: await packagedBinary(root, `${name}@${version}`, "deno") };
}
