// Generated from specs/gpt-4o-image.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export * from "@runapi.ai/core/node";
