import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * A Node binary of an exact version, from the npm registry's `node-<platform>-<arch>` package, cached under
 * node_modules/.cache so a second run downloads nothing.
 */
export function nodeBinary(root: string, version: string): string {
  const platform = process.platform === "win32" ? "win" : process.platform;
  const name = `node-${platform}-${process.arch}`;
  const dir = join(root, "node_modules", ".cache", "runapi-node", version);
  const binary = join(dir, "package", "bin", process.platform === "win32" ? "node.exe" : "node");
  if (existsSync(binary)) return binary;
  const staging = `${dir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  execFileSync("npm", ["pack", `${name}@${version}`, "--silent", "--pack-destination", staging], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = readdirSync(staging).find((file) => file.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack ${name}@${version} produced no tarball in ${staging}`);
  execFileSync("tar", ["-xzf", join(staging, tarball), "-C", staging]);
  rmSync(join(staging, tarball));
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return binary;
}
