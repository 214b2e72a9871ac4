import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import type { ActionModel, FamilyModel, VariantModel } from "../../packages/spec/src/index.ts";
import { codeHeader } from "../shared/header.ts";
import { docCommentText, fieldDoc, modelDoc } from "./field-doc.ts";

/** `src/generated/schema.ts`: the spec's types, written by openapi-typescript, each field with its own doc comment. */
export async function generateSchema(family: FamilyModel, specPath: string): Promise<string> {
  const models = new Map<string, { action: ActionModel; variant: VariantModel }>();
  for (const action of family.actions) {
    for (const variant of action.variants) {
      if (variant.takesModel)
        models.set(`#/components/schemas/${variant.schemaName}/model`, { action, variant });
    }
  }
  // openapi-typescript documents a field from the schema written at it, so a field reached through a `$ref` has
  // no doc, and it adds its own words to a discriminator. Each field's doc is written here instead, from the
  // schema the field resolves to, and replaces openapi-typescript's once the types are built.
  const docs = new Map<ts.PropertySignature, string[]>();
  const ast = await openapiTS(pathToFileURL(specPath), {
    silent: true,
    // A field with a default is optional in a request: the API fills it in (openapi-typescript's own default
    // would make it required).
    defaultNonNullable: false,
    transformProperty(property, schema, { path = "", ctx }) {
      const resolve = (node: unknown): Record<string, unknown> | undefined => {
        if (typeof node !== "object" || node === null) return undefined;
        const ref = (node as { $ref?: unknown }).$ref;
        return typeof ref === "string" ? ctx.resolve(ref) : (node as Record<string, unknown>);
      };
      const model = models.get(path);
      const variantSchema = model && resolve({ $ref: path.slice(0, -"/model".length) });
      const doc = model
        ? modelDoc(model.action, model.variant, variantSchema?.description)
        : fieldDoc(resolve(schema) ?? {}, resolve);
      docs.set(property, doc);
      return property;
    },
  });
  for (const [property, doc] of docs) {
    ts.setSyntheticLeadingComments(
      property,
      doc.length === 0
        ? undefined
        : [
            {
              kind: ts.SyntaxKind.MultiLineCommentTrivia,
              text: docCommentText(doc),
              hasTrailingNewLine: true,
              pos: -1,
              end: -1,
            },
          ],
    );
  }
  return `${codeHeader(family)}${astToString(ast)}`;
}
