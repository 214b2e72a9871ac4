import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { git } from "../shared/copy-of-repository.ts";
import { repositoryCopies } from "../shared/repository-copies.ts";
import { runChangesetSpecs } from "./run-changeset-specs.ts";

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

/** `pnpm changeset:specs` in the copy, run in this process. */
function changesetSpecs(dir: string, ...args: string[]) {
  return runChangesetSpecs(dir, args);
}

/** `pnpm changeset:specs` in the copy as users run it: a process, its exit code and what it prints. */
function changesetSpecsCommand(dir: string, ...args: string[]) {
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

/** The changesets this tool writes (spec-*.md), by name, with their content. */
const specChangesets = (dir: string) =>
  Object.fromEntries(
    Object.entries(changesets(dir))
      .filter(([name]) => name.startsWith("spec-"))
      .map(([name, { content }]) => [name, content]),
  );

/** A changeset releasing one package, its entry's lines after the front matter. */
const changeset = (packageName: string, bump: string, ...entry: string[]) =>
  ["---", `"${packageName}": ${bump}`, "---", "", ...entry, ""].join("\n");

/** Changesets as the tool names them, `spec-<family or emulator>-<hash of the content>.md`, by name. */
const namedFromContent = (...files: [slug: string, content: string][]) =>
  Object.fromEntries(
    files.map(([slug, content]) => [
      `spec-${slug}-${createHash("sha256").update(content).digest("hex").slice(0, 8)}.md`,
      content,
    ]),
  );

const FLUX_2 = "@runapi.ai/flux-2";
const EMULATOR = "@runapi.ai/emulator";
const PRICE = "price of flux-2-flex-image-to-image (2k): 24¢ → 22¢";
const SEED = "new optional field seed in flux-2-pro-text-to-image";
const SERVES = "Serves the changed specs:";

/** flux-2-max-text-to-image again as flux-2-ultra-text-to-image: its schema, oneOf entry, mapping and example. */
const ultraVariant = (text: string) => {
  const ultra = (part: string) =>
    part
      .replaceAll("Flux2MaxTextToImage", "Flux2UltraTextToImage")
      .replaceAll("flux-2-max-text-to-image", "flux-2-ultra-text-to-image");
  const twice = (pattern: RegExp) => (edited: string) => {
    const match = pattern.exec(edited);
    expect(match, `the edit ${pattern} applies`).not.toBeNull();
    return edited.replace(pattern, (part) => part + ultra(part));
  };
  return [
    twice(/ *- \{ \$ref: "#\/components\/schemas\/Flux2MaxTextToImage" \}\n/),
    twice(/ *flux-2-max-text-to-image: "#\/components\/schemas\/Flux2MaxTextToImage"\n/),
    twice(/ *flux-2-max-text-to-image:\n *value:\n(?: {18}.*\n)+/),
    // The variant's schema is the spec's last.
    twice(/ {4}Flux2MaxTextToImage:\n[\s\S]*$/),
  ].reduce((edited, edit) => edit(edited), text);
};

/** Flux 2's spec as another family's: Flux 3, @runapi.ai/flux-3. */
const asFlux3 = (text: string) =>
  text
    .replaceAll("flux-2", "flux-3")
    .replaceAll("flux_2", "flux_3")
    .replaceAll("Flux 2", "Flux 3")
    .replaceAll("Flux2", "Flux3");

/** A copy whose main has a second family, Flux 3, on a feature branch. */
function repositoryWithFlux3(): string {
  const dir = copy();
  writeFileSync(
    join(dir, "specs/flux-3.yaml"),
    asFlux3(readFileSync(join(dir, "specs/flux-2.yaml"), "utf8")),
  );
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "--message", "Flux 3");
  git(dir, "checkout", "--quiet", "-b", "feature");
  return dir;
}

/** What the command prints first: the base it compared with. */
const comparedWith = (dir: string) =>
  `changeset:specs: specs/ compared with the merge base of HEAD and main (${git(dir, "rev-parse", "main").slice(0, 7)}).`;

describe("pnpm changeset:specs", () => {
  it("writes a patch naming the price for a price edit, and the emulator's naming Flux 2; a second run writes nothing", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", cheaperFlex2k);
    const first = changesetSpecs(dir);
    expect(first.status, first.stderr).toBe(0);
    const written = namedFromContent(
      ["flux-2", changeset(FLUX_2, "patch", PRICE)],
      ["emulator", changeset(EMULATOR, "patch", SERVES, "", `- Flux 2: ${PRICE}`)],
    );
    expect(specChangesets(dir)).toEqual(written);
    const [flux2, emulator] = Object.keys(written);
    expect(first.stdout).toBe(
      [
        comparedWith(dir),
        `  ${FLUX_2}: patch — wrote .changeset/${flux2}`,
        `    - ${PRICE}`,
        `  ${EMULATOR}: patch — wrote .changeset/${emulator}`,
        `    - Flux 2: ${PRICE}`,
        "",
      ].join("\n"),
    );

    const before = changesets(dir);
    const second = changesetSpecs(dir);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(
      [
        comparedWith(dir),
        `  ${FLUX_2}: patch — .changeset/${flux2} (unchanged, left as it is)`,
        `    - ${PRICE}`,
        `  ${EMULATOR}: patch — .changeset/${emulator} (unchanged, left as it is)`,
        `    - Flux 2: ${PRICE}`,
        "  nothing new to write.",
        "",
      ].join("\n"),
    );
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
    const price = "price of flux-2-flex-image-to-image (2k): 24¢ → 26¢ per second";
    expect(specChangesets(dir)).toEqual(
      namedFromContent(
        ["flux-2", changeset(FLUX_2, "patch", price)],
        ["emulator", changeset(EMULATOR, "patch", SERVES, "", `- Flux 2: ${price}`)],
      ),
    );
  });

  it("replaces its own changesets when the spec changes again, and keeps the ones already on main", () => {
    const dir = repository();
    git(dir, "checkout", "--quiet", "main");
    const pending = '---\n"@runapi.ai/flux-2": patch\n---\n\nan earlier change, not yet released\n';
    writeFileSync(join(dir, ".changeset", "spec-flux-2-0000aaaa.md"), pending);
    git(dir, "add", "--all");
    git(dir, "commit", "--quiet", "--message", "pending changeset");
    git(dir, "checkout", "--quiet", "-b", "price-and-seed");

    edit(dir, "specs/flux-2.yaml", cheaperFlex2k);
    expect(changesetSpecs(dir).status).toBe(0);
    const priceOnly = Object.keys(specChangesets(dir)).filter((name) => name !== "spec-flux-2-0000aaaa.md");
    expect(priceOnly).toHaveLength(2);
    edit(dir, "specs/flux-2.yaml", seedField);
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    for (const name of priceOnly) expect(result.stdout).toContain(`removed .changeset/${name}`);

    expect(specChangesets(dir)).toEqual({
      "spec-flux-2-0000aaaa.md": pending,
      ...namedFromContent(
        ["flux-2", changeset(FLUX_2, "minor", "Changes in the Flux 2 API:", "", `- ${SEED}`, `- ${PRICE}`)],
        ["emulator", changeset(EMULATOR, "minor", SERVES, "", `- Flux 2: ${SEED}; ${PRICE}`)],
      ),
    });
  });

  it("reads specs/_shared at the base too: a shared description is a patch named by its file", () => {
    const dir = repository();
    edit(dir, "specs/_shared/common.yaml", (text) =>
      text.replace("description: The task id; keep it to resume waiting.", "description: The task id."),
    );
    const result = changesetSpecs(dir, "--base", "main");
    expect(result.status, result.stderr).toBe(0);
    // Every family in the copy (Flux 2 alone) refers to that schema and gets its patch, and so does the emulator.
    expect(readdirSync(join(dir, "specs")).filter((file) => file.endsWith(".yaml"))).toEqual(["flux-2.yaml"]);
    const reason =
      "documentation changed: specs/_shared/common.yaml#/components/schemas/TaskCreated/properties/id/description";
    expect(specChangesets(dir)).toEqual(
      namedFromContent(
        ["flux-2", changeset(FLUX_2, "patch", reason)],
        ["emulator", changeset(EMULATOR, "patch", SERVES, "", `- Flux 2: ${reason}`)],
      ),
    );
  });

  it("releases the emulator with the highest bump of the families': a price patch and a new variant make it minor", () => {
    const dir = repositoryWithFlux3();
    const flux2 = readFileSync(join(dir, "specs/flux-2.yaml"), "utf8");
    edit(dir, "specs/flux-3.yaml", () => asFlux3(ultraVariant(flux2)));
    edit(dir, "specs/flux-2.yaml", cheaperFlex2k);
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    const variant = "new variant flux-3-ultra-text-to-image (POST /api/v1/flux_3/text_to_image)";
    expect(specChangesets(dir)).toEqual(
      namedFromContent(
        ["flux-2", changeset(FLUX_2, "patch", PRICE)],
        ["flux-3", changeset("@runapi.ai/flux-3", "minor", variant)],
        // Biggest bump first, as a family's reasons are.
        ["emulator", changeset(EMULATOR, "minor", SERVES, "", `- Flux 3: ${variant}`, `- Flux 2: ${PRICE}`)],
      ),
    );
  });

  it("releases the emulator as a major when a spec is removed: it no longer serves that family", () => {
    const dir = repositoryWithFlux3();
    rmSync(join(dir, "specs/flux-3.yaml"));
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    const removed = "Flux 3: no longer served (specs/flux-3.yaml was removed)";
    const written = namedFromContent(["emulator", changeset(EMULATOR, "major", SERVES, "", `- ${removed}`)]);
    expect(specChangesets(dir)).toEqual(written);
    expect(result.stdout).toBe(
      [
        comparedWith(dir),
        "  specs/flux-3.yaml was removed: its package is no longer generated; deprecate it on npm (npm deprecate).",
        `  ${EMULATOR}: major — wrote .changeset/${Object.keys(written)[0]}`,
        `    - ${removed}`,
        "",
      ].join("\n"),
    );
  });

  it("releases the families package, which lists every family's help, as it releases the emulator", () => {
    const dir = repositoryWithFlux3();
    // A workspace that publishes the families package: the copy gets its manifest, as it has the emulator's.
    mkdirSync(join(dir, "packages/families"), { recursive: true });
    cpSync(
      fileURLToPath(new URL("../../packages/families/package.json", import.meta.url)),
      join(dir, "packages/families/package.json"),
    );
    edit(dir, "specs/flux-2.yaml", cheaperFlex2k);
    rmSync(join(dir, "specs/flux-3.yaml"));
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    const listed = changeset(
      "@runapi.ai/families",
      "major",
      "Lists the changed families:",
      "",
      "- Flux 3: no longer listed (specs/flux-3.yaml was removed)",
      `- Flux 2: ${PRICE}`,
    );
    expect(Object.values(specChangesets(dir))).toContain(listed);
    expect(result.stdout).toMatch(
      /^ {2}@runapi\.ai\/families: major — wrote \.changeset\/spec-families-[0-9a-f]{8}\.md$/m,
    );
  });

  it("writes nothing when no public surface changed", () => {
    const dir = repository();
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("no package's public surface changed");
    expect(specChangesets(dir)).toEqual({});
  });
});

describe("pnpm changeset:specs --check", () => {
  const FIX =
    "  fix: run `pnpm changeset:specs` (it writes the changesets these spec changes need) and commit .changeset/";

  it("fails naming the family and the emulator when a spec changed without changesets, writes nothing, and passes once written (as a process)", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", cheaperFlex2k);
    const before = changesets(dir);
    const missing = changesetSpecsCommand(dir, "--base", "main", "--check");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      [
        `  ${FLUX_2}: specs/flux-2.yaml changed since main (a patch change: ${PRICE}), but no changeset added since then releases it`,
        `  ${EMULATOR}: specs/ changed since main (a patch change: Flux 2: ${PRICE}), but no changeset added since then releases it`,
        FIX,
        "",
      ].join("\n"),
    );
    expect(changesets(dir)).toEqual(before);

    expect(changesetSpecs(dir, "--base", "main").status).toBe(0);
    const covered = changesetSpecs(dir, "--base", "main", "--check");
    expect(covered.status, covered.stderr).toBe(0);
    expect(covered.stdout).toContain("every spec change has a changeset (2 package(s) to release).");
  });

  it("fails naming the emulator when only the families' changesets exist", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", cheaperFlex2k);
    expect(changesetSpecs(dir).status).toBe(0);
    const [emulator] = Object.keys(specChangesets(dir)).filter((name) => name.startsWith("spec-emulator-"));
    rmSync(join(dir, ".changeset", emulator as string));
    const result = changesetSpecs(dir, "--check");
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      [
        `  ${EMULATOR}: specs/ changed since the merge base of HEAD and main (a patch change: Flux 2: ${PRICE}), but no changeset added since then releases it`,
        FIX,
        "",
      ].join("\n"),
    );
  });

  it("fails when the changeset written by hand is too small a bump for the change", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", seedField);
    writeFileSync(join(dir, ".changeset", "seed.md"), '---\n"@runapi.ai/flux-2": patch\n---\n\nA seed.\n');
    writeFileSync(
      join(dir, ".changeset", "serves-seed.md"),
      '---\n"@runapi.ai/emulator": patch\n---\n\nServes a seed.\n',
    );
    const result = changesetSpecs(dir, "--base", "main", "--check");
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      [
        `  ${FLUX_2}: .changeset/seed.md release it as patch, but the changes to specs/flux-2.yaml need minor (${SEED})`,
        `  ${EMULATOR}: .changeset/serves-seed.md release it as patch, but the changes to specs/ need minor (Flux 2: ${SEED})`,
        FIX,
        "",
      ].join("\n"),
    );
  });

  it("accepts a family's changeset written by hand with a big enough bump, and writes only the emulator's", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", seedField);
    writeFileSync(join(dir, ".changeset", "seed.md"), '---\n"@runapi.ai/flux-2": minor\n---\n\nA seed.\n');
    const missing = changesetSpecs(dir, "--check");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      [
        `  ${EMULATOR}: specs/ changed since the merge base of HEAD and main (a minor change: Flux 2: ${SEED}), but no changeset added since then releases it`,
        FIX,
        "",
      ].join("\n"),
    );
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${FLUX_2}: minor — .changeset/seed.md (by hand, left as it is)`);
    expect(specChangesets(dir)).toEqual(
      namedFromContent(["emulator", changeset(EMULATOR, "minor", SERVES, "", `- Flux 2: ${SEED}`)]),
    );
    expect(changesetSpecs(dir, "--check").status).toBe(0);
  });

  it("accepts the emulator's changeset written by hand with a big enough bump, and writes only the family's", () => {
    const dir = repository();
    edit(dir, "specs/flux-2.yaml", seedField);
    const byHand = '---\n"@runapi.ai/emulator": minor\n---\n\nServes Flux 2\'s seed.\n';
    writeFileSync(join(dir, ".changeset", "serves-seed.md"), byHand);
    const result = changesetSpecs(dir);
    expect(result.status, result.stderr).toBe(0);
    const written = namedFromContent(["flux-2", changeset(FLUX_2, "minor", SEED)]);
    expect(result.stdout).toBe(
      [
        comparedWith(dir),
        `  ${FLUX_2}: minor — wrote .changeset/${Object.keys(written)[0]}`,
        `    - ${SEED}`,
        `  ${EMULATOR}: minor — .changeset/serves-seed.md (by hand, left as it is)`,
        `    - Flux 2: ${SEED}`,
        "",
      ].join("\n"),
    );
    expect(specChangesets(dir)).toEqual(written);
    expect(readFileSync(join(dir, ".changeset", "serves-seed.md"), "utf8")).toBe(byHand);
    const check = changesetSpecs(dir, "--check");
    expect(check.status, check.stderr).toBe(0);
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

describe("the arguments", () => {
  it("that are unknown are refused with exit code 2 and the usage, and nothing is written", () => {
    const dir = repository();
    const before = changesets(dir);
    const result = changesetSpecs(dir, "--bsae", "main");
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "changeset:specs: Unknown option '--bsae'\nusage: pnpm changeset:specs [--base <git ref>] [--check]\n",
    );
    expect(result.stdout).toBe("");
    expect(changesets(dir)).toEqual(before);
  });
});
