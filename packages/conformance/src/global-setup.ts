import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { type SpecFolder, writeSpecFolder } from "./spec-folder.ts";

declare module "vitest" {
  export interface ProvidedContext {
    specFolder: SpecFolder;
  }
}

/** Reads every spec once for the whole run (each test file gets the families), and removes the folder after. */
export default function setup(project: TestProject) {
  const folder = writeSpecFolder();
  project.provide("specFolder", folder);
  return () => rmSync(folder.root, { recursive: true, force: true });
}
