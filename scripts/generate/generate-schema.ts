import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import type { FamilyModel } from "../../packages/spec/src/index.ts";
import { codeHeader } from "../shared/header.ts";

/** `src/generated/schema.ts`: the spec's types, written by openapi-typescript. */
export async function generateSchema(family: FamilyModel, specPath: string): Promise<string> {
  // A field with a default is optional in a request: the API fills it in (openapi-typescript's own default would
  // make it required).
  const ast = await openapiTS(pathToFileURL(specPath), { silent: true, defaultNonNullable: false });
  return `${codeHeader(family)}${astToString(ast)}`;
}
