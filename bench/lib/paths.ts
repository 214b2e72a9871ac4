import { fileURLToPath } from "node:url";

/** The bench/ folder and the repository root, as absolute paths. */
export const benchDir = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const benchPath = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
