import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { generatePackages } from "../generate/generate-packages.ts";
import { copyOfRepository } from "../shared/copy-of-repository.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(repo, "node_modules/.bin/tsx");
const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function newFamily(dir: string, ...args: string[]) {
  return spawnSync(tsx, [join(dir, "scripts/new-family/new-family.ts"), ...args], {
    cwd: dir,
    encoding: "utf8",
  });
}

describe("pnpm new-family", () => {
  it("scaffolds a spec that generates a package with its example variant", async () => {
    const dir = copyOfRepository();
    copies.push(dir);
    const run = newFamily(dir, "acme-vision");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Wrote specs/acme-vision.yaml");
    const spec = readFileSync(join(dir, "specs/acme-vision.yaml"), "utf8");
    expect(spec).toContain("# The example variant");
    expect(spec).toContain("/api/v1/acme_vision/text_to_image");

    await generatePackages(dir);
    const manifest = JSON.parse(readFileSync(join(dir, "packages/acme-vision/package.json"), "utf8"));
    expect(manifest.name).toBe("@runapi.ai/acme-vision");
    expect(manifest.version).toBe("0.0.0");
    const variants = readFileSync(join(dir, "packages/acme-vision/src/generated/variants.ts"), "utf8");
    expect(variants).toContain('model: "acme-vision-example"');
    expect(variants).toContain('path: "/api/v1/acme_vision/text_to_image"');
    expect(readFileSync(join(dir, "packages/acme-vision/README.md"), "utf8")).toContain(
      "acme-vision-example",
    );
    expect(readdirSync(join(dir, "packages/acme-vision/test")).length).toBeGreaterThan(0);
  });

  it.each([
    ["Acme_Vision", /not a valid family slug/],
    ["-acme", /not a valid family slug/],
    ["acme--vision", /not a valid family slug/],
    ["flux-2", /specs\/flux-2\.yaml already exists/],
    ["core", /name of a package of this repository/],
  ])("refuses %s with the reason, writing nothing", (slug, reason) => {
    const dir = copyOfRepository();
    copies.push(dir);
    const before = execFileSync("git", ["status", "--porcelain"], { cwd: dir, encoding: "utf8" });
    const flux = readFileSync(join(dir, "specs/flux-2.yaml"), "utf8");
    const run = newFamily(dir, slug);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(reason);
    expect(execFileSync("git", ["status", "--porcelain"], { cwd: dir, encoding: "utf8" })).toBe(before);
    expect(readFileSync(join(dir, "specs/flux-2.yaml"), "utf8")).toBe(flux);
    expect(existsSync(join(dir, `specs/${slug}.yaml`))).toBe(slug === "flux-2");
  });

  it("prints its usage without a slug", () => {
    const run = spawnSync(tsx, [join(repo, "scripts/new-family/new-family.ts")], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Usage: pnpm new-family <slug>");
  });
});
