/** Header names are case-insensitive: lower-cased, none is sent twice beside another's. */
export function lowerCased(headers: Record<string, string> | undefined): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const name in headers) lower[name.toLowerCase()] = headers[name] as string;
  return lower;
}
