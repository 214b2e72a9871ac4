/**
 * `pnpm test:release`: the release, end to end, on a real registry on loopback. In a copy of the repository
 * (the real checkout is never touched) where Flux 2 stands for every family, it publishes every public package
 * into a fresh verdaccio with `pnpm release` (changeset version, then changeset publish), installs
 * @runapi.ai/flux-2 with plain npm as a user would, and runs an ESM and a CommonJS program against the emulator;
 * it installs @runapi.ai/emulator too, in an empty folder, starts it with its bin (`npx @runapi.ai/emulator`) and
 * runs a small Flux 2 app against it with the two variables it printed; it installs @runapi.ai/cli and saves a
 * Flux 2 image with its `runapi` (rehearse-cli.ts), @runapi.ai/mcp and completes a Flux 2 task through it with
 * the MCP SDK's client (rehearse-mcp.ts), and @runapi.ai/ai-sdk-provider beside `ai` and calls `generateImage`
 * (rehearse-ai-sdk.ts). What the packages install from outside the workspace is published to the registry
 * first (publish-dependencies.ts). Then it changes a price in the
 * copy's spec, runs `changeset:specs`, releases again, and checks that the new version's estimateCost and
 * README carry the new price while the old version still installs, and that the emulator was released with
 * it, carrying the changed spec. npm is pointed at verdaccio only (no fallback, and a dead proxy for anything
 * else), and every process started is stopped, on failure too.
 * Set RUNAPI_KEEP_RELEASE_TEST=1 to keep the temporary directory.
 */
import assert from "node:assert/strict";
import { type ChildProcess, execFileSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Emulator, startEmulator } from "../../packages/emulator/src/index.ts";
import { startupBanner } from "../../packages/emulator/test/startup-banner.ts";
import { ChildProcesses } from "../shared/child-processes.ts";
import { isGenerated } from "../shared/generated-packages.ts";
import { type LocalRegistry, startLocalRegistry } from "./local-registry.ts";
import { narrowToRemainingFamilies } from "./narrow-to-remaining-families.ts";
import { publishOutsideDependencies } from "./publish-dependencies.ts";
import { installInEmptyFolder, PNG_SIGNATURE, type Rehearsal, releasedVersion } from "./rehearsal.ts";
import { rehearseAiSdk } from "./rehearse-ai-sdk.ts";
import { rehearseCli, rehearseCliPriceChange } from "./rehearse-cli.ts";
import { rehearseMcp } from "./rehearse-mcp.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "runapi-release-test-"));
const repo = join(work, "repo");
const processes = new ChildProcesses();
const started = performance.now();
let emulator: Emulator | undefined;
let registry: LocalRegistry | undefined;

const FAMILY = "@runapi.ai/flux-2";
const CORE = "@runapi.ai/core";
const EMULATOR = "@runapi.ai/emulator";
const FAMILIES = "@runapi.ai/families";
const PRICE_LINE = "price of flux-2-flex-image-to-image (2k): 24¢ → 22¢";
/** The emulator's changelog entry for that price: it serves the spec. */
const EMULATOR_NOTE = `Serves the changed specs:\n\n- Flux 2: ${PRICE_LINE}`;
/** Anything npm tries to reach other than the registry on loopback goes here, and fails at once. */
const DEAD_PROXY = "http://127.0.0.1:9";

function step(message: string) {
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`);
}

/** The environment without the caller's npm settings and tokens, so nothing points at another registry. */
function isolatedEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^npm_config_/i.test(key) && !["NODE_AUTH_TOKEN", "NPM_TOKEN", "NODE_OPTIONS"].includes(key),
    ),
  );
  const emptyConfig = join(work, "empty.npmrc");
  writeFileSync(emptyConfig, "");
  return {
    ...env,
    NPM_CONFIG_GLOBALCONFIG: emptyConfig,
    npm_config_proxy: DEAD_PROXY,
    npm_config_https_proxy: DEAD_PROXY,
    npm_config_noproxy: "127.0.0.1,localhost",
    // A request that slipped past the registry setting fails at once instead of after retries.
    npm_config_fetch_retries: "0",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
}

/**
 * Tracked and untracked (not ignored) files of the working tree, what `pnpm test` would test, but for the
 * generated packages other than Flux 2's and their specs: one family stands for all. They are generated alike
 * from one template, and `pnpm test` has built every one and checked its packed tarball (lint:packages), so
 * releasing 40 more would rebuild and publish for minutes what the release of one already proves.
 */
function copyRepository(others: ReadonlySet<string>) {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  });
  for (const file of files.split("\0").filter(Boolean)) {
    const [top, name] = file.split("/");
    if (top === "packages" && others.has(name as string)) continue;
    if (top === "specs" && others.has((name as string).replace(/\.ya?ml$/, ""))) continue;
    const from = join(root, file);
    if (!existsSync(from) || !lstatSync(from).isFile()) continue;
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    copyFileSync(from, join(repo, file));
  }
}

/** The workspace's packages by folder name, and whether each was generated from a spec. */
function workspacePackages(): Map<string, { name: string; generated: boolean }> {
  const packages = new Map<string, { name: string; generated: boolean }>();
  for (const dir of readdirSync(join(root, "packages"))) {
    const path = join(root, "packages", dir, "package.json");
    if (!existsSync(path)) continue;
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { name: string; "//"?: string };
    packages.set(dir, { name: manifest.name, generated: isGenerated(manifest) });
  }
  return packages;
}

/**
 * The pending changesets, as the copy keeps them: each must name only packages of the workspace (the real
 * release would stop at one that does not), and loses the lines of the families left out; one left with no
 * line is removed.
 */
function keepChangesetsOf(packages: Map<string, { name: string }>, others: ReadonlySet<string>) {
  const known = new Set([...packages.values()].map(({ name }) => name));
  const dropped = new Set([...others].map((dir) => packages.get(dir)?.name));
  const dir = join(repo, ".changeset");
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".md") && name !== "README.md")) {
    const text = readFileSync(join(dir, file), "utf8");
    const [, head = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const lines = head.split("\n").filter((line) => line.trim() !== "");
    const named = lines.map((line) => /^\s*["']?([^"':]+)["']?\s*:/.exec(line)?.[1] ?? line);
    for (const name of named) {
      assert.ok(known.has(name), `.changeset/${file} names ${name}, which is not a package of the workspace`);
    }
    const kept = lines.filter((_, index) => !dropped.has(named[index]));
    if (kept.length === 0) rmSync(join(dir, file));
    else if (kept.length < lines.length)
      writeFileSync(join(dir, file), `---\n${kept.join("\n")}\n---\n${body}`);
  }
}

/**
 * publishConfig.provenance outranks every npm setting but a command-line flag, and provenance can only be
 * signed in CI with an OIDC token; pnpm publishes through the npm named by `npm-path`, so that npm adds the flag.
 */
function npmWithoutProvenance(): string {
  const npm = execFileSync("sh", ["-c", "command -v npm"], { encoding: "utf8" }).trim();
  const path = join(work, "bin", "npm-without-provenance");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    `#!/bin/sh\nif [ "$1" = publish ]; then exec "${npm}" "$@" --provenance=false; fi\nexec "${npm}" "$@"\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

/** A new directory with @runapi.ai/flux-2 installed by plain `npm install`, and the two programs. */
async function installAsUser(name: string, spec: string, env: NodeJS.ProcessEnv): Promise<string> {
  const dir = await installInEmptyFolder({ work, processes, env }, name, [spec]);
  for (const program of ["use-esm.mjs", "use-cjs.cjs"]) {
    copyFileSync(join(root, "scripts", "fixtures", "installed-package", program), join(dir, program));
  }
  return dir;
}

interface Use {
  module: string;
  version: string;
  estimate: number;
  status: string;
  charged: number;
  png: number[];
}

/** Runs the ESM and the CommonJS program of `dir` against the emulator. */
async function use(dir: string, env: NodeJS.ProcessEnv): Promise<Use[]> {
  if (!emulator) throw new Error("the emulator is not running");
  const programEnv = { ...env, RUNAPI_API_KEY: emulator.apiKey, RUNAPI_BASE_URL: emulator.url };
  const results: Use[] = [];
  for (const program of ["use-esm.mjs", "use-cjs.cjs"]) {
    const output = await processes.run(process.execPath, [program], {
      cwd: dir,
      env: programEnv,
      timeoutMs: 30_000,
    });
    results.push(JSON.parse(output.trim().split("\n").pop() as string) as Use);
  }
  return results;
}

function assertUses(results: Use[], version: string, cents: number) {
  assert.deepEqual(
    results.map((result) => result.module),
    ["esm", "cjs"],
  );
  for (const result of results) {
    const label = `${result.module} program with ${FAMILY}@${version}`;
    assert.equal(result.version, version, `${label}: installed version`);
    assert.equal(result.status, "completed", `${label}: task status`);
    assert.deepEqual(result.png, [0x89, 0x50, 0x4e, 0x47], `${label}: the output is a PNG`);
    assert.equal(result.estimate, cents, `${label}: estimateCost`);
    assert.equal(result.charged, cents, `${label}: charged by the emulator`);
  }
}

/**
 * As the emulator's README says: installed in an empty folder beside @runapi.ai/flux-2, started with
 * `npx @runapi.ai/emulator`, and an app run with the two `export` lines it printed. Asserts what it printed and
 * what the app saw: a text-to-image task created and waited for, charged its estimate, and a real PNG.
 */
async function useEmulator(version: string, familyVersion: string, env: NodeJS.ProcessEnv) {
  const dir = await installInEmptyFolder({ work, processes, env }, "user-emulator", [
    `${EMULATOR}@${version}`,
    `${FAMILY}@${familyVersion}`,
  ]);
  const installed = join(dir, "node_modules", EMULATOR);
  assert.ok(existsSync(join(installed, "dist", "specs", "flux-2.yaml")), "the emulator carries the specs");
  copyFileSync(
    join(root, "scripts", "fixtures", "installed-emulator", "flux-2-app.mjs"),
    join(dir, "app.mjs"),
  );

  const logFile = join(work, "emulator-bin.log");
  const server = processes.start("npx", [EMULATOR, "--port", "0", "--task-duration-ms", "200"], {
    cwd: dir,
    env,
    logFile,
  });
  const printed = await waitForOutput(logFile, /Ctrl-C stops it\.\n/, server, 30_000);
  const [, url = "", key = ""] =
    /^RunAPI emulator listening on (http:\/\/127\.0\.0\.1:\d+) — API key: (\S+)\n/.exec(printed) ?? [];
  assert.ok(url, `the emulator printed its URL and key:\n${printed}`);
  assert.equal(printed, startupBanner(url, key), "what `npx @runapi.ai/emulator` printed");
  const exported = Object.fromEntries(
    [...printed.matchAll(/^ {2}export (RUNAPI_\w+)=(\S+)$/gm)].map(([, name, value]) => [name, value]),
  );
  const output = await processes.run(process.execPath, ["app.mjs"], {
    cwd: dir,
    env: { ...env, ...exported },
    timeoutMs: 30_000,
  });
  const app = JSON.parse(output.trim().split("\n").pop() as string) as {
    status: string;
    estimate: number;
    charged: number;
    file: string;
    signature: number[];
    size: number[];
  };
  assert.equal(app.status, "completed", "the app's task");
  assert.equal(app.charged, app.estimate, "charged what estimateCost said");
  assert.ok(app.file.startsWith(join(dir, "out")), `the PNG is saved under out/: ${app.file}`);
  assert.deepEqual(app.signature, PNG_SIGNATURE, "the file is a PNG");
  assert.deepEqual(app.size, [64, 64], "the PNG is the emulator's 64×64 placeholder");
}

/** What a started process has written to `logFile` once it matches `match`; fails if it exits or time runs out. */
async function waitForOutput(
  logFile: string,
  match: RegExp,
  child: ChildProcess,
  timeoutMs: number,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
    if (match.test(text)) return text;
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`no ${match} in what it printed (${child.exitCode ?? "still running"}):\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function restartEmulator() {
  await emulator?.close();
  emulator = await startEmulator({ port: 0, specsDir: join(repo, "specs"), taskDurationMs: 50 });
}

async function main() {
  const packages = workspacePackages();
  // The families left out; the families package, which the tools over every family read, stays, and is generated
  // again in the copy from Flux 2's spec alone.
  const others = new Map(
    [...packages]
      .filter(([, { name, generated }]) => generated && name !== FAMILY)
      .map(([dir, { name }]) => [dir, name]),
  );
  step(`copying the working tree to ${repo}, with ${FAMILY} for every family (${others.size} left out)`);
  copyRepository(new Set(others.keys()));
  await narrowToRemainingFamilies(repo, others);
  keepChangesetsOf(packages, new Set(others.keys()));
  const base = isolatedEnv();
  const gitIdentity = {
    GIT_AUTHOR_NAME: "Release test",
    GIT_AUTHOR_EMAIL: "release-test@example.invalid",
    GIT_COMMITTER_NAME: "Release test",
    GIT_COMMITTER_EMAIL: "release-test@example.invalid",
    GIT_CONFIG_GLOBAL: join(work, "empty.gitconfig"),
    GIT_CONFIG_NOSYSTEM: "1",
  };
  writeFileSync(gitIdentity.GIT_CONFIG_GLOBAL, "");
  const repoEnv = { ...base, ...gitIdentity };
  const git = (...args: string[]) => processes.run("git", args, { cwd: repo, env: repoEnv });
  await git("init", "--quiet", "--initial-branch=main");
  await git("add", "--all");
  await git("commit", "--quiet", "--message", "The repository as tested");

  step("installing the copy's dependencies from the local pnpm store (offline)");
  // The caller's environment: the store is wherever the checkout's own install put it.
  await processes.run(
    join(root, "node_modules", ".bin", "pnpm"),
    ["install", "--offline", "--frozen-lockfile"],
    {
      cwd: repo,
      env: { ...process.env, CI: "true" },
      timeoutMs: 120_000,
    },
  );

  step("starting verdaccio on loopback, no uplinks");
  registry = await startLocalRegistry(
    join(work, "registry"),
    join(root, "node_modules", "verdaccio", "bin", "verdaccio"),
    processes,
  );
  const host = registry.url.replace(/^http:/, "");
  const publishConfig = join(work, "publish.npmrc");
  writeFileSync(publishConfig, `registry=${registry.url}\n${host}:_authToken=${registry.token}\n`);
  const userConfig = join(work, "user.npmrc");
  writeFileSync(userConfig, `registry=${registry.url}\n`);
  const publishEnv = {
    ...repoEnv,
    PATH: [join(repo, "node_modules", ".bin"), process.env.PATH].join(delimiter),
    TURBO_TELEMETRY_DISABLED: "1",
    NPM_CONFIG_USERCONFIG: publishConfig,
    npm_config_registry: registry.url,
    npm_config_cache: join(work, "npm-cache-publish"),
    npm_config_npm_path: npmWithoutProvenance(),
    // For packages without publishConfig.provenance (core): the release workflow's NPM_CONFIG_PROVENANCE stays out.
    npm_config_provenance: "false",
  };
  const userEnv = {
    ...base,
    NPM_CONFIG_USERCONFIG: userConfig,
    npm_config_registry: registry.url,
    npm_config_cache: join(work, "npm-cache-user"),
  };
  // The AI SDK provider is used with the `ai` package, which a user installs beside it.
  const providerFolder = join(repo, "packages", "ai-sdk-provider");
  const dependencies = await publishOutsideDependencies(repo, registry, [
    { name: "ai", from: providerFolder },
  ]);
  const aiVersion = (
    JSON.parse(readFileSync(join(providerFolder, "node_modules", "ai", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  step(`published the ${dependencies.length} packages the public ones install from outside the workspace`);
  const pnpm = (...args: string[]) =>
    processes.run(join(repo, "node_modules", ".bin", "pnpm"), args, {
      cwd: repo,
      env: publishEnv,
      timeoutMs: 180_000,
    });

  step("first release: pnpm release (changeset version, generate, build, changeset publish)");
  await pnpm("run", "release", "--skip-tests");
  const [first, coreVersion, emulatorVersion] = [
    releasedVersion(repo, FAMILY),
    releasedVersion(repo, CORE),
    releasedVersion(repo, EMULATOR),
  ];
  assert.deepEqual(await registry.versions(FAMILY), [first], `${FAMILY} versions on the registry`);
  assert.deepEqual(await registry.versions(CORE), [coreVersion], `${CORE} versions on the registry`);
  assert.deepEqual(
    await registry.versions(EMULATOR),
    [emulatorVersion],
    `${EMULATOR} versions on the registry`,
  );
  step(`published ${CORE}@${coreVersion}, ${EMULATOR}@${emulatorVersion} and ${FAMILY}@${first}`);

  await restartEmulator();
  const rehearsal: Rehearsal = { repo, work, registry, processes, env: userEnv, emulator: emulator!, step };
  // Each user installs into a folder of their own and mostly waits on npm and the emulator: side by side.
  await Promise.all([
    (async () => {
      step(
        `installing ${FAMILY}@${first} with npm into a new directory; ESM and CJS programs against the emulator`,
      );
      const firstUser = await installAsUser("user-first", `${FAMILY}@${first}`, userEnv);
      assertUses(await use(firstUser, userEnv), first, 24);
    })(),
    (async () => {
      step(
        `installing ${EMULATOR}@${emulatorVersion} in an empty folder; npx starts it; a Flux 2 app against it`,
      );
      await useEmulator(emulatorVersion, first, userEnv);
    })(),
    rehearseCli(rehearsal),
    rehearseMcp(rehearsal),
    rehearseAiSdk(rehearsal, aiVersion),
  ]);
  step("every user's install worked");

  step("changing the 2k price of flux-2-flex-image-to-image from 24¢ to 22¢ in the copy's spec");
  const specPath = join(repo, "specs", "flux-2.yaml");
  const spec = readFileSync(specPath, "utf8");
  const edited = spec.replace(/(Flux2FlexImageToImage:[\s\S]*?2k: )24/, "$122");
  assert.notEqual(edited, spec, "the spec edit applies");
  writeFileSync(specPath, edited);
  await pnpm("run", "generate");
  const specsOutput = await pnpm("run", "changeset:specs");
  const written = readdirSync(join(repo, ".changeset")).filter((name) => name.startsWith("spec-"));
  const changesets = written.map((name) => readFileSync(join(repo, ".changeset", name), "utf8"));
  assert.deepEqual(
    [...changesets].sort(),
    [
      `---\n"${EMULATOR}": patch\n---\n\n${EMULATOR_NOTE}\n`,
      `---\n"${FAMILIES}": patch\n---\n\nLists the changed families:\n\n- Flux 2: ${PRICE_LINE}\n`,
      `---\n"${FAMILY}": patch\n---\n\n${PRICE_LINE}\n`,
    ],
    `a patch of ${FAMILY} naming the price, and one each of ${EMULATOR}, which serves the spec, and ${FAMILIES}, which lists its help:\n${specsOutput}`,
  );
  await pnpm("run", "changeset:specs");
  assert.deepEqual(
    readdirSync(join(repo, ".changeset")).filter((name) => name.startsWith("spec-")),
    written,
    "a second run writes nothing",
  );
  for (const [index, name] of written.entries()) console.log(`\n.changeset/${name}:\n${changesets[index]}`);
  await git("add", "--all");
  await git("commit", "--quiet", "--message", "Flux 2 Flex image to image: 2k costs 22¢");

  step("second release");
  await pnpm("run", "release", "--skip-tests");
  const second = releasedVersion(repo, FAMILY);
  assert.notEqual(second, first, "the price change released a new version");
  assert.deepEqual(await registry.versions(FAMILY), [first, second], `${FAMILY} versions on the registry`);
  assert.deepEqual(await registry.versions(CORE), [coreVersion], `${CORE} is not released again`);
  const emulatorSecond = releasedVersion(repo, EMULATOR);
  assert.notEqual(emulatorSecond, emulatorVersion, `the spec change released ${EMULATOR} too`);
  assert.deepEqual(
    await registry.versions(EMULATOR),
    [emulatorVersion, emulatorSecond],
    `${EMULATOR} versions on the registry`,
  );
  step(`published ${FAMILY}@${second} and ${EMULATOR}@${emulatorSecond}`);

  await Promise.all([
    // The command line reads the help of every family, prices included, from the families package, released again.
    rehearseCliPriceChange(rehearsal, "flux-2-flex-image-to-image", 22),
    (async () => {
      step(
        `installing ${EMULATOR}@${emulatorSecond}: it carries the changed spec, and its CHANGELOG says so`,
      );
      const emulatorUser = await installInEmptyFolder(rehearsal, "user-emulator-second", [
        `${EMULATOR}@${emulatorSecond}`,
      ]);
      const installedEmulator = join(emulatorUser, "node_modules", EMULATOR);
      assert.equal(
        readFileSync(join(installedEmulator, "dist", "specs", "flux-2.yaml"), "utf8"),
        edited,
        "the emulator's copy of specs/flux-2.yaml is the changed spec",
      );
      const emulatorChangelog = readFileSync(join(installedEmulator, "CHANGELOG.md"), "utf8");
      assert.ok(
        // changesets indents the lines after an entry's first under its bullet.
        emulatorChangelog.includes(`Serves the changed specs:\n\n  - Flux 2: ${PRICE_LINE}\n`),
        `the emulator's CHANGELOG entry:\n${emulatorChangelog}`,
      );
    })(),
  ]);

  step(`installing ${FAMILY}@${second}; the README, CHANGELOG and estimateCost carry the new price`);
  await restartEmulator();
  const secondUser = await installAsUser("user-second", `${FAMILY}@${second}`, userEnv);
  const installed = join(secondUser, "node_modules", FAMILY);
  assert.match(
    readFileSync(join(installed, "README.md"), "utf8"),
    /\| `flux-2-flex-image-to-image` \|.*22¢ \(output_resolution 2k\)/,
    "the README's price table",
  );
  assert.ok(
    readFileSync(join(installed, "CHANGELOG.md"), "utf8").includes(PRICE_LINE),
    "the CHANGELOG entry",
  );
  assertUses(await use(secondUser, userEnv), second, 22);

  step(`installing the old ${FAMILY}@${first}: still there, still at the old price`);
  const oldUser = await installAsUser("user-old", `${FAMILY}@${first}`, userEnv);
  assert.match(
    readFileSync(join(oldUser, "node_modules", FAMILY, "README.md"), "utf8"),
    /\| `flux-2-flex-image-to-image` \|.*24¢ \(output_resolution 2k\)/,
  );
  const old = await use(oldUser, userEnv);
  assert.deepEqual(
    old.map((result) => [result.version, result.estimate, result.status]),
    [
      [first, 24, "completed"],
      [first, 24, "completed"],
    ],
  );

  step(
    `passed: ${CORE}@${coreVersion}, ${EMULATOR}@${emulatorVersion} then ${EMULATOR}@${emulatorSecond}, ` +
      `${FAMILY}@${first} then ${FAMILY}@${second}`,
  );
}

async function cleanUp() {
  await emulator?.close().catch(() => undefined);
  await processes.stopAll();
  if (process.env.RUNAPI_KEEP_RELEASE_TEST) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`test:release: ${signal}, stopping everything it started`);
    cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  console.error(`test:release failed: ${error instanceof Error ? error.message : String(error)}`);
  if (registry) console.error(`verdaccio's log:\n${registry.log()}`);
} finally {
  await cleanUp();
}
