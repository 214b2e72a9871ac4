/** A mapping of a spec document (never an array). */
export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The JSON pointer of a place inside the node being read, from the segments below it. */
export type At = (...rest: (string | number)[]) => string;

/** Records a problem at a JSON pointer of the spec being read: what is wrong, and the fix. */
export type Report = (at: string, message: string, fix: string) => void;
