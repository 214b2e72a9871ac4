/** Text that names a file on this machine rather than one on the web: relative, absolute, home, drive, file: URL. */
const LOCAL_PATH = /^(\.{1,2}[\\/]|\/(?!\/)|~[\\/]|[a-z]:[\\/]|\\\\|file:)/i;

/** How a file is passed instead, in a message: read from a path in Node, or given as bytes anywhere. */
const instead = (nodeEntry: string) =>
  `from ${JSON.stringify(nodeEntry)} in Node, or as a Blob, File or bytes; or pass an http(s) URL`;

/**
 * What is wrong with a value in a file field when it is a local file given in a form only TypeScript would have
 * refused: its path as text (`./photo.png`, `/home/a.png`, `C:\a.png`, `file:///…`), or a Node stream (an
 * `fs.ReadStream`). Undefined for anything else: a URL, or text that is neither, is worded by the field's checks.
 * `nodeEntry` is where the caller's package keeps `fileFromPath` (`@runapi.ai/flux-2/node`).
 */
export function localFileMistake(value: unknown, nodeEntry = "@runapi.ai/core/node"): string | undefined {
  if (typeof value === "string") {
    if (!LOCAL_PATH.test(value)) return undefined;
    return `is a local path, which RunAPI cannot fetch: pass the file instead, as await fileFromPath(${pathArgument(value)}) ${instead(nodeEntry)}`;
  }
  const stream = value as { pipe?: unknown; on?: unknown; path?: unknown } | null;
  if (typeof stream?.pipe !== "function" || typeof stream.on !== "function") return undefined;
  const path = typeof stream.path === "string" ? pathArgument(stream.path) : "path";
  return `is a Node stream, which cannot be sent: pass the file instead, as await fileFromPath(${path}) ${instead(nodeEntry)}`;
}

/** The argument of `fileFromPath` for a path as given: Node reads neither `~` nor a file: URL as a path. */
function pathArgument(path: string): string {
  if (/^file:/i.test(path)) return `fileURLToPath(${JSON.stringify(path)})`;
  if (path[0] === "~") return `join(homedir(), ${JSON.stringify(path.slice(2))})`;
  return JSON.stringify(path);
}
