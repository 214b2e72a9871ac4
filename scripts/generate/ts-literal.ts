/**
 * Values as the TypeScript a person writes in a README: bare keys where they are identifiers, strings in
 * double quotes, one line where it fits, else one entry per line with trailing commas.
 */

/** Source text to place as it is, where a value stands (`await fileFromPath("./photo.png")`). */
export class Code {
  constructor(readonly text: string) {}
}

export interface LiteralLayout {
  /** The indentation of the line the literal starts on; entries on lines of their own go one step deeper. */
  indent?: string;
  /** Characters already on the line before the literal, and after it (`);`), counted against the width. */
  before?: number;
  after?: number;
  /** The widest line the literal may make. */
  width?: number;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `value` as a literal, laid out within `width` where one line is enough, else broken entry by entry. */
export function tsLiteral(value: unknown, layout: LiteralLayout = {}): string {
  const { indent = "", before = indent.length, after = 0, width = 80 } = layout;
  const flat = oneLine(value);
  if (before + flat.length + after <= width || !isComposite(value) || entries(value).length === 0)
    return flat;
  const inner = `${indent}  `;
  const lines = entries(value).map(([key, item]) => {
    const head = key === undefined ? "" : `${keyText(key)}: `;
    return `${inner}${head}${tsLiteral(item, { indent: inner, before: inner.length + head.length, after: 1, width })},`;
  });
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${lines.join("\n")}\n${indent}${close}`;
}

function oneLine(value: unknown): string {
  if (value instanceof Code) return value.text;
  if (!isComposite(value)) return JSON.stringify(value) ?? "undefined";
  const items = entries(value).map(([key, item]) =>
    key === undefined ? oneLine(item) : `${keyText(key)}: ${oneLine(item)}`,
  );
  if (Array.isArray(value)) return `[${items.join(", ")}]`;
  return items.length === 0 ? "{}" : `{ ${items.join(", ")} }`;
}

function isComposite(value: unknown): value is object {
  return typeof value === "object" && value !== null && !(value instanceof Code);
}

/** An array's items (no keys) or an object's entries, in their order. */
function entries(value: object): [string | undefined, unknown][] {
  return Array.isArray(value) ? value.map((item) => [undefined, item]) : Object.entries(value);
}

function keyText(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

/**
 * A call statement, `${head}(args);`: on one line where it fits; a single argument's braces stay on the
 * call's lines; several arguments go one per line.
 */
export function callStatement(head: string, args: unknown[], width = 80): string {
  const flat = `${head}(${args.map(oneLine).join(", ")});`;
  if (flat.length <= width) return flat;
  if (args.length === 1)
    return `${head}(${tsLiteral(args[0], { before: head.length + 1, after: 2, width })});`;
  const lines = args.map((arg) => `  ${tsLiteral(arg, { indent: "  ", after: 1, width })},`);
  return `${head}(\n${lines.join("\n")}\n);`;
}
