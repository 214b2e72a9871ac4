/** A route pattern compiled to a test of method and path. */
export function routeMatcher(route: string): (method: string, pathname: string) => boolean {
  const trimmed = route.trim();
  if (trimmed === "*") return () => true;
  const match = /^(\*|[A-Za-z]+)\s+(\/\S*)$/.exec(trimmed);
  if (!match) {
    throw new Error(
      `Invalid fault route "${route}": expected "*" or "<METHOD> /path", optionally ending in *`,
    );
  }
  const method = match[1]!.toUpperCase();
  const path = match[2]!;
  const prefix = path.endsWith("*") ? path.slice(0, -1) : undefined;
  return (requestMethod, pathname) =>
    (method === "*" || method === requestMethod.toUpperCase()) &&
    (prefix === undefined ? pathname === path : pathname.startsWith(prefix));
}
