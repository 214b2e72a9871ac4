import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generatePackages } from "../generate/generate-packages.ts";
import { repositoryCopies } from "../shared/repository-copies.ts";
import { runNewFamily } from "./run-new-family.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const tsx = join(repo, "node_modules/.bin/tsx");
const copy = repositoryCopies({ keep: "file" });
/** One copy for the refusals: each writes nothing, which each checks. */
let refusing: string | undefined;

/** `pnpm new-family` in the copy, run in this process. */
function newFamily(dir: string, ...args: string[]) {
  return runNewFamily(dir, args);
}

describe("pnpm new-family", () => {
  it("scaffolds a spec that generates a package with its example variant", async () => {
    const dir = copy();
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
    refusing ??= copy();
    const dir = refusing;
    const before = execFileSync("git", ["status", "--porcelain"], { cwd: dir, encoding: "utf8" });
    const flux = readFileSync(join(dir, "specs/flux-2.yaml"), "utf8");
    const run = newFamily(dir, slug);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(reason);
    expect(execFileSync("git", ["status", "--porcelain"], { cwd: dir, encoding: "utf8" })).toBe(before);
    expect(readFileSync(join(dir, "specs/flux-2.yaml"), "utf8")).toBe(flux);
    expect(existsSync(join(dir, `specs/${slug}.yaml`))).toBe(slug === "flux-2");
  });

  it("prints its usage without a slug (as a process)", () => {
    const run = spawnSync(tsx, [join(repo, "scripts/new-family/new-family.ts")], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Usage: pnpm new-family <slug>");
  });
});
