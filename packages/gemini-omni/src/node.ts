// Generated from specs/gemini-omni.yaml by `pnpm generate`. Do not edit: change the spec or the generator.
export * from "@runapi.ai/core/node";
