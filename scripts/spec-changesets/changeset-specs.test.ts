import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git } from "../shared/copy-of-repository.ts";
import { repositoryCopies } from "../shared/repository-copies.ts";

const copy = repositoryCopies();

function repository(): string {
  const dir = copy();
  git(dir, "checkout", "--quiet", "-b", "feature");
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const changed = change(text);
  expect(changed, `the edit of ${file} applies`).not.toBe(text);
  writeFileSync(path, changed);
}

const cheaperFlex2k = (text: string) => text.replace(/(Flux2FlexImageToImage:[\s\S]*?2k: )24/, "$122");
const seedField = (text: string) =>
  text.replace(
    /(model: \{ type: string, const: flux-2-pro-text-to-image \}[\s\S]*?callback_url: \{ \$ref: "#\/components\/schemas\/CallbackUrl" \}\n)/,
    "$1        seed: { type: integer, minimum: 0 }\n",
  );

function changesetSpecs(dir: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", join(dir, "scripts/spec-changesets/changeset-specs.ts"), ...args],
    {
      cwd: dir,
      encoding: "utf8",
    },
  );
}

/** Every file in .changeset/ with its content and modification time. */
function changesets(dir: string): Record<string, { content: string; modified: number }> {
  const folder = join(dir, ".changeset");
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [
        name,
        { content: readFileSync(join(folder, name), "utf8"), modified: statSync(join(folder, name)).mtimeMs },
      ]),
  );
}

const specChangesets = (dir: string) =>
  Object.keys(changesets(dir)).filter((name) => name.startsWith("spec-"));

describe("pnpm changeset:specs", () => {
  it("writes one patch changeset naming the price for a price edit, and a second run writes nothing", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", cheaperFlex2k);
    const first = changesetSpecs(dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("compared with the merge base of HEAD and main");
    const [name] = specChangesets(dir);
    expect(name).toMatch(/^spec-flux-2-[0-9a-f]{8}\.md$/);
    expect(first.stdout).toContain(`wrote .changeset/${name}`);
    expect(readFileSync(join(dir, ".changeset", name as string), "utf8")).toBe(
      '---\n"@runapi.ai/flux-2": patch\n---\n\nprice of flux-2-flex-image-to-image (2k): 24¢ → 22¢\n',
    );

    const before = changesets(dir);
    const second = changesetSpecs(dir);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("nothing new to write");
    expect(changesets(dir)).toEqual(before);
  });

  it("writes a patch naming a rate per second of output, from a spec priced per second on main", () => {
    const dir = copy();
    edit(dir, "specs/flux-2.yaml", (text) =>
      text.replace(
        /(Flux2FlexImageToImage:[\s\S]*?)price: \{ unit: call, cents: 14, (by: \{ output_resolution: \{ 1k: 14, 2k: 24 \} \}) \}/,
        '$1price: { unit: second, cents: 14, $2, duration_source: "images[0].url" }',
      ),
    );
    git(dir, "commit", "--quiet", "--all", "--message", "a price per second");
    git(dir, "checkout", "--quiet", "-b", "feature");
    edit(dir, "specs/flux-2.yaml", (text) => text.replace(/(Flux2FlexImageToImage:[\s\S]*?2k: )24/, "$126"));
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    const [name] = specChangesets(dir);
    expect(readFileSync(join(dir, ".changeset", name as string), "utf8")).toBe(
      '---\n"@runapi.ai/flux-2": patch\n---\n\nprice of flux-2-flex-image-to-image (2k): 24¢ → 26¢ per second\n',
    );
  });

  it("replaces its own changeset when the spec changes again, and keeps the ones already on main", () => {
    const dir = repository();
    git(dir, "checkout", "--quiet", "main");
    const pending = '---\n"@runapi.ai/flux-2": patch\n---\n\nan earlier change, not yet released\n';
    writeFileSync(join(dir, ".changeset", "spec-flux-2-0000aaaa.md"), pending);
    git(dir, "add", "--all");
    git(dir, "commit", "--quiet", "--message", "pending changeset");
    git(dir, "checkout", "--quiet", "-b", "price-and-seed");

    edit(dir, "specs/flux-2.yaml", cheaperFlex2k);
    expect(changesetSpecs(dir).status).toBe(0);
    const [priceOnly] = specChangesets(dir).filter((name) => name !== "spec-flux-2-0000aaaa.md");
    edit(dir, "specs/flux-2.yaml", seedField);
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`removed .changeset/${priceOnly}`);

    const names = specChangesets(dir);
    expect(names).toHaveLength(2);
    expect(readFileSync(join(dir, ".changeset", "spec-flux-2-0000aaaa.md"), "utf8")).toBe(pending);
    const current = names.find((name) => name !== "spec-flux-2-0000aaaa.md") as string;
    expect(readFileSync(join(dir, ".changeset", current), "utf8")).toBe(
      [
        "---",
        '"@runapi.ai/flux-2": minor',
        "---",
        "",
        "Changes in the Flux 2 API:",
        "",
        "- new optional field seed in flux-2-pro-text-to-image",
        "- price of flux-2-flex-image-to-image (2k): 24¢ → 22¢",
        "",
      ].join("\n"),
    );
  });

  it("reads specs/_shared at the base too: a shared description is a patch named by its file", () => {
    const dir = repository();
    edit(dir, "specs/_shared/common.yaml", (text) =>
      text.replace("description: The task id; keep it to resume waiting.", "description: The task id."),
    );
    const result = changesetSpecs(dir, "--base", "main");
    expect(result.status, result.stderr).toBe(0);
    // Every family in the copy refers to that schema and gets its patch.
    const names = specChangesets(dir);
    const families = readdirSync(join(dir, "specs")).filter((file) => file.endsWith(".yaml"));
    expect(names.length).toBe(families.length);
    const name = names.find((file) => file.startsWith("spec-flux-2-"));
    expect(readFileSync(join(dir, ".changeset", name as string), "utf8")).toContain(
      '"@runapi.ai/flux-2": patch\n---\n\ndocumentation changed: specs/_shared/common.yaml#/components/schemas/TaskCreated/properties/id/description\n',
    );
  });

  it("writes nothing when no public surface changed", () => {
    const dir = repository();
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("no package's public surface changed");
    expect(specChangesets(dir)).toEqual([]);
  });
});

describe("pnpm changeset:specs --check", () => {
  it("fails naming the package whose spec changed without a changeset, writes nothing, and passes once written", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", cheaperFlex2k);
    const before = changesets(dir);
    const missing = changesetSpecs(dir, "--base", "main", "--check");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      "@runapi.ai/flux-2: specs/flux-2.yaml changed since main (a patch change: price of flux-2-flex-image-to-image (2k): 24¢ → 22¢), but no changeset added since then releases it",
    );
    expect(missing.stderr).toContain("fix: run `pnpm changeset:specs`");
    expect(changesets(dir)).toEqual(before);

    expect(changesetSpecs(dir, "--base", "main").status).toBe(0);
    const covered = changesetSpecs(dir, "--base", "main", "--check");
    expect(covered.status, covered.stderr).toBe(0);
  });

  it("fails when the changeset written by hand is too small a bump for the change", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", seedField);
    writeFileSync(join(dir, ".changeset", "seed.md"), '---\n"@runapi.ai/flux-2": patch\n---\n\nA seed.\n');
    const result = changesetSpecs(dir, "--base", "main", "--check");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "@runapi.ai/flux-2: .changeset/seed.md release it as patch, but the changes to specs/flux-2.yaml need minor (new optional field seed in flux-2-pro-text-to-image)",
    );
  });

  it("accepts a changeset written by hand with a big enough bump, and then writes none of its own", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", seedField);
    writeFileSync(join(dir, ".changeset", "seed.md"), '---\n"@runapi.ai/flux-2": minor\n---\n\nA seed.\n');
    expect(changesetSpecs(dir, "--check").status).toBe(0);
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(".changeset/seed.md (by hand, left as it is)");
    expect(specChangesets(dir)).toEqual([]);
  });
});

describe("the base", () => {
  it("that does not exist is an error naming the ref and the fix, and nothing is written", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", cheaperFlex2k);
    const before = changesets(dir);
    const result = changesetSpecs(dir, "--base", "origin/no-such-branch");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the base ref "origin/no-such-branch" does not exist');
    expect(result.stderr).toMatch(/fix: fetch it \(git fetch origin main\) or pass .* --base <ref>/);
    expect(changesets(dir)).toEqual(before);
  });

  it("by default is the merge base with main; without main nor origin/main the error says how to name one", () => {
    const dir = repository();
    git(dir, "branch", "--quiet", "-m", "main", "trunk");
    const result = changesetSpecs(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("neither main nor origin/main exists");
    expect(result.stderr).toContain("--base <ref>");
  });
});
