/**
 * Whether the API counts a value as left out: undefined, null, a blank string (whitespace only), an empty
 * object, or an array with nothing in it (empty, or only such values, as `[""]`). `false` and `0` are values,
 * and so is an object that is not JSON data (a Blob, a Date), so that strict checks can name its type.
 */
export function isAbsent(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every(isAbsent);
  return (
    Object.prototype.toString.call(value) === "[object Object]" &&
    Object.values(value as object).every((item) => item === undefined)
  );
}
