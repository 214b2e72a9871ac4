import { basename } from "node:path";
import { actionProperty, RunAPIClient } from "../../core/src/index.js";
import {
  type ActionModel,
  type FamilyModel,
  MODALITIES,
  type OutputKind,
  type ServedFamily,
  type VariantModel,
} from "./family-model.js";
import { pointer } from "./json-pointer.js";
import type { LoadedSpec } from "./load-spec.js";
import { pascal } from "./pascal.js";
import { type ActionVariant, type Reading, readAction, requestSchemaRefs } from "./read-action.js";
import { isNode, type Node } from "./spec-node.js";
import type { SpecProblem } from "./spec-problem.js";

const ACTION_PATH = /^\/api\/v1\/([a-z0-9_]+)\/([a-z0-9_]+)$/;
const FAMILY_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** What a family client has already (its class's own members); an action reached as one of these would hide it. */
const CLIENT_MEMBERS = Object.getOwnPropertyNames(RunAPIClient.prototype);

/**
 * Lints a loaded spec and reads it into a FamilyModel: everything a generated package is made of. Every
 * problem is collected (file, JSON pointer, fix); the model is returned only when there are none.
 */
export function readFamily(spec: LoadedSpec): { family?: FamilyModel; problems: SpecProblem[] } {
  const { read, problems } = readSpec(spec, true);
  if (!read || problems.length > 0) return { problems };
  const { slug, info, meta } = read;
  const modality = meta.modality as OutputKind;
  const actions: ActionModel[] = read.actions.map((action) => ({
    name: action.name,
    path: action.path,
    createOperationId: action.createOperationId,
    getOperationId: action.getOperationId,
    variants: action.variants.map((variant) =>
      variant.output ? variant : { ...variant, output: modality },
    ) as VariantModel[],
  }));
  return {
    problems,
    family: {
      file: spec.file,
      family: slug,
      packageName: `@runapi.ai/${slug}`,
      typeName: pascal(slug),
      title: typeof info.title === "string" ? info.title : slug,
      description: typeof info.description === "string" ? info.description.trim() : "",
      provider: String(meta.provider),
      modality,
      baseURL: read.baseURL as string,
      actions,
    },
  };
}

/**
 * Reads a loaded spec as a server answering its requests needs it (the emulator): the same actions and
 * variants as readFamily, linted alike, but without requiring what only a generated package uses (servers,
 * operation ids, example requests, an explicit discriminator mapping, package name and provider), so a draft
 * spec can be served before it is complete. The model is returned only when there is no problem.
 */
export function readServedFamily(spec: LoadedSpec): { family?: ServedFamily; problems: SpecProblem[] } {
  const { read, problems } = readSpec(spec, false);
  if (!read || problems.length > 0) return { problems };
  const modality = String(read.meta.modality);
  const fallback = MODALITIES.find((kind) => kind === modality);
  return {
    problems,
    family: {
      file: spec.file,
      family: read.slug,
      modality,
      actions: read.actions.map((action) => ({
        name: action.name,
        path: action.path,
        readable: action.readable,
        variants: action.variants.map(({ example: _, ...variant }) => ({
          ...variant,
          output: variant.output ?? fallback,
        })),
      })),
    },
  };
}

/** What readFamily and readServedFamily both read: the family's identity and its actions. */
interface ReadSpec {
  slug: string;
  info: Node;
  meta: Node;
  baseURL: string | undefined;
  actions: {
    name: string;
    path: string;
    createOperationId: string;
    getOperationId: string | undefined;
    readable: boolean;
    variants: ActionVariant[];
  }[];
}

function readSpec(spec: LoadedSpec, forPackage: boolean): { read?: ReadSpec; problems: SpecProblem[] } {
  const problems: SpecProblem[] = [...spec.problems];
  const report = (at: string, message: string, fix: string) =>
    problems.push({ file: spec.file, pointer: at, message, fix });
  // Checks of what only a generated package needs; a reading for a server skips them.
  const reportForPackage = forPackage ? report : () => {};
  if (problems.length > 0) return { problems };
  const reading: Reading = { spec, report, forPackage };
  const doc = spec.document;

  if (typeof doc.openapi !== "string" || !doc.openapi.startsWith("3.1")) {
    report(
      pointer("openapi"),
      `openapi must be "3.1.x", got ${JSON.stringify(doc.openapi)}`,
      "write openapi: 3.1.0",
    );
  }
  const info = isNode(doc.info) ? doc.info : {};
  const meta = isNode(info["x-runapi"]) ? info["x-runapi"] : undefined;
  const slug = basename(spec.file).replace(/\.ya?ml$/, "");
  if (!meta) {
    report(
      pointer("info", "x-runapi"),
      "info.x-runapi is missing",
      `add x-runapi: { family: ${slug}, package: "@runapi.ai/${slug}", provider, modality }`,
    );
    return { problems };
  }
  if (meta.family !== slug || !FAMILY_SLUG.test(slug)) {
    report(
      pointer("info", "x-runapi", "family"),
      `family must be the file name "${slug}" in kebab case, got ${JSON.stringify(meta.family)}`,
      `write family: ${slug} (and name the file <family>.yaml)`,
    );
  }
  if (meta.package !== `@runapi.ai/${slug}`) {
    reportForPackage(
      pointer("info", "x-runapi", "package"),
      `package must be "@runapi.ai/${slug}", got ${JSON.stringify(meta.package)}`,
      `write package: "@runapi.ai/${slug}"`,
    );
  }
  if (typeof meta.provider !== "string" || meta.provider.trim() === "") {
    reportForPackage(
      pointer("info", "x-runapi", "provider"),
      "provider is missing",
      "name the model's maker, e.g. provider: Black Forest Labs",
    );
  }
  const knownModality = MODALITIES.includes(meta.modality as OutputKind);
  if (forPackage ? !knownModality : typeof meta.modality !== "string") {
    report(
      pointer("info", "x-runapi", "modality"),
      `modality must be one of: ${MODALITIES.join(", ")}, got ${JSON.stringify(meta.modality)}`,
      "write the kind of output, e.g. modality: image",
    );
  }
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const baseURL = isNode(servers[0]) && typeof servers[0].url === "string" ? servers[0].url : undefined;
  if (!baseURL) {
    reportForPackage(
      pointer("servers"),
      "servers[0].url is missing",
      "add servers: [{ url: https://runapi.ai }]",
    );
  }

  const service = slug.replace(/-/g, "_");
  const paths = isNode(doc.paths) ? doc.paths : {};
  const actions: ReadSpec["actions"] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isNode(item) || !isNode(item.post)) continue;
    const at = (...rest: (string | number)[]) => pointer("paths", path, "post", ...rest);
    const match = ACTION_PATH.exec(path);
    if (!match || match[1] !== service) {
      report(
        pointer("paths", path),
        `an action path must be /api/v1/${service}/<action in snake_case>, got ${path}`,
        `rename the path to /api/v1/${service}/<action>`,
      );
      continue;
    }
    const name = match[2] as string;
    const variants = readAction(reading, item.post, name, at);
    if (!variants) continue;
    const getItem = paths[`${path}/{id}`];
    const getOperation = isNode(getItem) && isNode(getItem.get) ? getItem.get : undefined;
    const createOperationId = typeof item.post.operationId === "string" ? item.post.operationId : "";
    if (!createOperationId)
      reportForPackage(
        at("operationId"),
        "the create operation has no operationId",
        `add operationId: create${pascal(name)}`,
      );
    // Hybrid tasks are read at /api/v1/tasks/{id}, where the create's Location points: only async ones here.
    const needsGet = variants.some((variant) => variant.task === "async");
    if (needsGet && (!getOperation || typeof getOperation.operationId !== "string")) {
      reportForPackage(
        pointer("paths", `${path}/{id}`, "get"),
        `the task of ${path} cannot be read: GET ${path}/{id} with an operationId is missing`,
        `add "${path}/{id}": { get: { operationId: get${pascal(name)}, ... } }`,
      );
    }
    const property = actionProperty(name);
    if (CLIENT_MEMBERS.includes(property)) {
      reportForPackage(
        pointer("paths", path),
        `the action ${name} would be reached as client.${property}, which the client already has`,
        "rename the action path's last segment",
      );
    }
    actions.push({
      name,
      path,
      createOperationId,
      getOperationId:
        getOperation && typeof getOperation.operationId === "string" ? getOperation.operationId : undefined,
      readable: getOperation !== undefined,
      variants,
    });
  }
  if (forPackage) {
    // A schema marked as a variant that no action names would be typed but never offered.
    const named = new Set(
      Object.values(paths).flatMap((item) =>
        isNode(item) && isNode(item.post) ? requestSchemaRefs(spec, item.post) : [],
      ),
    );
    const components = isNode(doc.components) && isNode(doc.components.schemas) ? doc.components.schemas : {};
    for (const [name, schema] of Object.entries(components)) {
      if (!isNode(schema) || schema["x-runapi-variant"] === undefined) continue;
      if (named.has(`#/components/schemas/${name}`)) continue;
      report(
        pointer("components", "schemas", name, "x-runapi-variant"),
        `${name} has x-runapi-variant, but no action's discriminator.mapping names it`,
        `add it to an action's oneOf, discriminator.mapping and examples (CONTRIBUTING, "Add a variant"), or remove the schema`,
      );
    }
    if (actions.length === 0 && problems.length === 0) {
      report(
        pointer("paths"),
        "the spec defines no action",
        `add a POST /api/v1/${service}/<action> path (see specs/flux-2.yaml)`,
      );
    }
  }
  if (problems.length > 0) return { problems };
  return { problems, read: { slug, info, meta, baseURL, actions } };
}
