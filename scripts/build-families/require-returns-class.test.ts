import ts from "typescript";
import { describe, expect, it } from "vitest";
import { classAsExportAssignment, classAsModuleExports, exportedNames } from "./require-returns-class.ts";

// A package's declarations as tsup bundles them: core's names it uses imported, core re-exported whole, its own
// names listed last. `Variant` is also the name of one of its own (unexported) declarations.
const PACKAGE = `import { RunAPIClient, ClientOptions } from '@runapi.ai/core';
export * from '@runapi.ai/core';

interface Variant { own: true }
interface ToyModels { "toy-1": { params: { prompt: string } } }
type ToyParams = ToyModels["toy-1"]["params"];
declare class RunAPI extends RunAPIClient<ToyModels> {
    constructor(options?: string | ClientOptions);
}
declare const parseCallback: (body: string) => { id: string; own: Variant };

export { RunAPI, RunAPI as default, parseCallback, type ToyParams };
`;

const CORE = `declare class RunAPIClient<M> { constructor(options?: string | ClientOptions, catalog?: unknown); models?: M }
interface ClientOptions { apiKey?: string }
declare class ValidationError extends Error { issues: readonly string[] }
interface Variant { model: string }
declare const parseCallback: (body: string) => unknown;
export { type ClientOptions, RunAPIClient, ValidationError, type Variant, parseCallback };
`;

/** Diagnostics of a CommonJS TypeScript app (module node16) using the two declaration files, checked whole. */
function diagnosticsOf(app: string, files: Record<string, string>): string[] {
  const all: Record<string, string> = { "/app/index.cts": app, ...files };
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    noEmit: true,
    types: [],
    lib: ["lib.es2022.d.ts"],
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => all[name] ?? read(name);
  host.fileExists = (name) => name in all || ts.sys.fileExists(name);
  host.directoryExists = (dir) =>
    Object.keys(all).some((name) => name.startsWith(`${dir}/`)) || ts.sys.directoryExists(dir);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name in all ? ts.createSourceFile(name, all[name] as string, version) : getSourceFile(name, version);
  const program = ts.createProgram(["/app/index.cts"], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}

const manifest = (name: string) =>
  JSON.stringify({ name, exports: { ".": { require: { types: "./index.d.cts", default: "./index.cjs" } } } });

describe("the CommonJS declarations", () => {
  const declared = classAsExportAssignment(PACKAGE, (specifier) => {
    expect(specifier).toBe("@runapi.ai/core");
    return exportedNames(CORE);
  });

  it("declare require()'s class with export =, and every export of the package on it", () => {
    expect(declared).toMatch(/\nexport = RunAPI;\n$/);
    expect(declared).not.toContain("export *");
    expect(declared).toContain(
      "export { RunAPI, RunAPI as default, parseCallback, ToyParams, ClientOptions, RunAPIClient, ValidationError, Variant$1 as Variant };",
    );
    // Core's names the package did not import yet, imported; one under another name, as the package has its own.
    expect(declared).toContain('import { ValidationError, Variant as Variant$1 } from "@runapi.ai/core";');
  });

  it("type-check as an app written as CommonJS uses them", () => {
    const app = `import RunAPI = require("@runapi.ai/toy");
const client: RunAPI = new RunAPI("key");
const same: RunAPI.RunAPI = new RunAPI.default({ apiKey: "key" });
const params: RunAPI.ToyParams = { prompt: "a fox" };
const error: RunAPI.ValidationError = new RunAPI.ValidationError();
const variant: RunAPI.Variant = { model: "toy-1" };
const own: true = RunAPI.parseCallback("{}").own.own;
// @ts-expect-error: the package's parseCallback, not core's, is the one on the class
RunAPI.parseCallback(1);
void [client, same, params, error, variant, own];
`;
    expect(
      diagnosticsOf(app, {
        "/app/node_modules/@runapi.ai/toy/package.json": manifest("@runapi.ai/toy"),
        "/app/node_modules/@runapi.ai/toy/index.d.cts": declared,
        "/app/node_modules/@runapi.ai/core/package.json": manifest("@runapi.ai/core"),
        "/app/node_modules/@runapi.ai/core/index.d.cts": CORE,
      }),
    ).toEqual([]);
  });

  it("are left as they are once they have that shape", () => {
    expect(classAsExportAssignment(declared, exportedNames)).toBe(declared);
  });

  it("need the client class as the default export", () => {
    const withoutClass = PACKAGE.replace("RunAPI as default, ", "");
    expect(() => classAsExportAssignment(withoutClass, () => [])).toThrow(
      "the declarations export no class as default: the client class is their default export",
    );
  });
});

describe("the CommonJS entry", () => {
  const code = `'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
var core = require('@runapi.ai/core');
var RunAPI = class extends core.RunAPIClient {};
var parseCallback = core.parseCallback;
exports.RunAPI = RunAPI;
exports.default = RunAPI;
exports.parseCallback = parseCallback;
Object.keys(core).forEach(function (k) {
  if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) Object.defineProperty(exports, k, {
    enumerable: true,
    get: function () { return core[k]; }
  });
});
`;
  class RunAPIClient {}
  class ValidationError extends Error {}
  const core = { RunAPIClient, ValidationError, parseCallback: () => "core's" };

  /** What require() answers for the entry: it runs as Node runs a CommonJS module. */
  function required(source: string): unknown {
    const module = { exports: {} as Record<string, unknown> };
    new Function("module", "exports", "require", source)(module, module.exports, () => core);
    return module.exports;
  }

  it("answers the client class, with every export of the package on it", () => {
    const transformed = classAsModuleExports(code);
    const Client = required(transformed) as (new () => object) & Record<string, unknown>;
    expect(typeof Client).toBe("function");
    expect(new Client()).toBeInstanceOf(RunAPIClient);
    expect(Client.RunAPI).toBe(Client);
    expect(Client.default).toBe(Client);
    expect(Client.ValidationError).toBe(ValidationError);
    expect(Client.parseCallback).toBe(core.parseCallback);
    expect(classAsModuleExports(transformed)).toBe(transformed);
  });

  it("needs the client class as the default export", () => {
    expect(() => classAsModuleExports(code.replace("exports.default = RunAPI;\n", ""))).toThrow(
      "the CommonJS entry has no default export",
    );
  });
});
