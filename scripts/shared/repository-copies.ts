import { rmSync } from "node:fs";
import { afterAll, afterEach } from "vitest";
import { copyOfRepository } from "./copy-of-repository.ts";

/**
 * For a test file: a function that makes a throwaway copy of the repository (see copyOfRepository), each copy
 * removed after the test that made it, or after the file's last test with `{ keep: "file" }`.
 */
export function repositoryCopies({ keep = "test" }: { keep?: "test" | "file" } = {}): () => string {
  const dirs: string[] = [];
  (keep === "file" ? afterAll : afterEach)(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = copyOfRepository();
    dirs.push(dir);
    return dir;
  };
}
