import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generatePackages } from "../generate/generate-packages.ts";
import { repositoryCopies } from "../shared/repository-copies.ts";
import { ToolOutput } from "../shared/tool-outcome.ts";
import { runRelease } from "./run-release.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const copy = repositoryCopies();

function repository(): string {
  const dir = copy();
  // A changeset waiting to be released: a release that went past its checks would consume it.
  writeFileSync(join(dir, ".changeset", "pending.md"), '---\n"@runapi.ai/flux-2": patch\n---\n\nA fix.\n');
  return dir;
}

/** The environment of a release in the copy: a registry that cannot be reached should it get as far as publishing. */
function unreachableRegistry(dir: string): NodeJS.ProcessEnv {
  const userConfig = join(dir, "unreachable.npmrc");
  writeFileSync(userConfig, "registry=http://127.0.0.1:9/\n");
  return { ...process.env, NPM_CONFIG_USERCONFIG: userConfig, npm_config_registry: "http://127.0.0.1:9/" };
}

/** `pnpm release` in the copy, run in this process. */
function release(dir: string, ...args: string[]) {
  return runRelease(dir, args, new ToolOutput(), unreachableRegistry(dir));
}

/** `pnpm release` in the copy as users run it: a process, its exit code and what it prints. */
function releaseCommand(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", join(dir, "scripts/release/release.ts"), ...args], {
    cwd: dir,
    encoding: "utf8",
    env: unreachableRegistry(dir),
  });
}

function expectNothingReleased(dir: string) {
  const manifest = JSON.parse(readFileSync(join(dir, "packages/flux-2/package.json"), "utf8"));
  expect(manifest.version).toBe(
    JSON.parse(readFileSync(join(repo, "packages/flux-2/package.json"), "utf8")).version,
  );
  expect(existsSync(join(dir, ".changeset", "pending.md"))).toBe(true);
  expect(existsSync(join(dir, "packages/flux-2/CHANGELOG.md"))).toBe(false);
}

describe("pnpm release", () => {
  it("refuses on a stale generated package, naming the file and the fix, before versioning anything (as a process)", () => {
    const dir = repository();
    const variants = join(dir, "packages/flux-2/src/generated/variants.ts");
    writeFileSync(variants, `${readFileSync(variants, "utf8")}// a hand edit\n`);
    const result = releaseCommand(dir, "--skip-tests");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "pnpm release: refusing to release: the generated packages are out of date",
    );
    expect(result.stderr).toContain("packages/flux-2/src/generated/variants.ts");
    expect(result.stderr).toContain("fix: run `pnpm generate`, commit the result, and release again");
    expectNothingReleased(dir);
  });

  it("refuses when a spec changed but the packages were not regenerated", async () => {
    const dir = repository();
    const spec = join(dir, "specs/flux-2.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace(/(Flux2FlexImageToImage:[\s\S]*?2k: )24/, "$122"));
    const result = await release(dir, "--skip-tests");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("packages/flux-2/README.md");
    expectNothingReleased(dir);
  });

  it("refuses when the tests fail", async () => {
    const dir = repository();
    const manifestPath = join(dir, "package.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    manifest.scripts.test = 'node -e "process.exit(3)"';
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const result = await release(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("pnpm release: refusing to release: `pnpm test` failed");
    expectNothingReleased(dir);
  });
});

describe("the generated packages and their releases", () => {
  it("leave CHANGELOG.md to changesets: pnpm generate neither writes it nor reports it", async () => {
    const dir = repository();
    const changelog = join(dir, "packages/flux-2/CHANGELOG.md");
    writeFileSync(changelog, "# @runapi.ai/flux-2\n\n## 0.1.1\n\n- price of a variant changed\n");
    expect((await generatePackages(dir, { check: true })).changed).toEqual([]);
    const { files } = await generatePackages(dir);
    expect(files).not.toContain("packages/flux-2/CHANGELOG.md");
    expect(readFileSync(changelog, "utf8")).toContain("price of a variant changed");
  });

  it("carry what publishing needs: public access with provenance, the files users need, links, engines", () => {
    const manifest = JSON.parse(readFileSync(join(repo, "packages/flux-2/package.json"), "utf8"));
    expect(manifest.publishConfig).toEqual({ access: "public", provenance: true });
    // node/ holds the package.json stubs that resolve the /node subpath under TypeScript's node10 mode.
    // SKILL.md is what a coding agent reads to use the package.
    expect(manifest.files).toEqual(["dist", "node", "CHANGELOG.md", "SKILL.md"]);
    expect(manifest.homepage).toBe("https://runapi.ai/models/flux-2");
    expect(manifest.repository).toEqual({
      type: "git",
      url: "git+https://github.com/runapi-ai/runapi-sdks.git",
      directory: "packages/flux-2",
    });
    expect(manifest.engines).toEqual({ node: ">=18" });
    // Published as ^<core's version then>: a core patch reaches users without re-releasing every family.
    expect(manifest.dependencies).toEqual({ "@runapi.ai/core": "workspace:^" });
    const config = JSON.parse(readFileSync(join(repo, ".changeset/config.json"), "utf8"));
    expect(config).toMatchObject({ access: "public", baseBranch: "main", fixed: [], linked: [] });
  });
});
