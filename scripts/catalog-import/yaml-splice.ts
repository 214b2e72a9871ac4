import {
  Document,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseDocument,
  Scalar,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";

/**
 * Edits YAML text in place: only the edited pairs and items are rewritten, so comments, quoting and layout
 * everywhere else (a hand-written spec) stay byte for byte.
 */
export type Edit =
  | { op: "set"; path: string[]; value: unknown }
  | { op: "delete"; path: string[] }
  | { op: "append"; path: string[]; item: unknown };

const WIDTH = 110;
const NODE_OPTIONS = { aliasDuplicateObjects: false } as const;
const OPTIONS = { lineWidth: WIDTH, minContentWidth: 40, flowCollectionPadding: true } as const;

/** Applies edits in order; missing parents are created, and edits under one new parent are written together. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const pending = [...edits];
  while (pending.length > 0) {
    const edit = pending.shift() as Edit;
    const document = parseDocument(text);
    if (edit.op === "delete") {
      text = deleteAt(text, document, edit.path);
      continue;
    }
    const found = lookup(document, edit.path);
    if (found.depth === edit.path.length) {
      text =
        edit.op === "set"
          ? setAt(text, document, edit.path, edit.value)
          : appendAt(text, document, edit.path, edit.item);
      continue;
    }
    // Everything pending under the first missing key becomes one new subtree.
    const prefix = edit.path.slice(0, found.depth + 1);
    const group = [edit];
    for (let index = 0; index < pending.length; index++) {
      const other = pending[index] as Edit;
      if (other.op !== "delete" && startsWith(other.path, prefix)) {
        group.push(other);
        pending.splice(index--, 1);
      }
    }
    const subtree: Record<string, unknown> = {};
    for (const member of group) {
      const rest = member.path.slice(found.depth);
      if (member.op === "set") assign(subtree, rest, member.value);
      else if (member.op === "append") {
        const list = (readPath(subtree, rest) as unknown[] | undefined) ?? [];
        assign(subtree, rest, [...list, member.item]);
      }
    }
    const key = prefix.at(-1) as string;
    text = insertAt(text, document, edit.path.slice(0, found.depth), key, subtree[key]);
  }
  return text;
}

const startsWith = (path: string[], prefix: string[]) =>
  prefix.every((segment, index) => path[index] === segment);

function readPath(value: unknown, path: string[]): unknown {
  let node = value;
  for (const segment of path) node = (node as Record<string, unknown> | undefined)?.[segment];
  return node;
}

function assign(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  for (const segment of path.slice(0, -1)) {
    if (typeof node[segment] !== "object" || node[segment] === null) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  node[path.at(-1) as string] = value;
}

const keyOf = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);

interface Found {
  /** How many leading segments exist. */
  depth: number;
  node: unknown;
  parent?: YAMLMap | YAMLSeq;
  pair?: Pair;
}

function lookup(document: Document, path: string[]): Found {
  let node: unknown = document.contents;
  let found: Found = { depth: 0, node };
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyOf(item) === segment);
      if (!pair) return found;
      found = { depth: index + 1, node: pair.value, parent: node, pair };
      node = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(segment) && Number(segment) < node.items.length) {
      found = { depth: index + 1, node: node.items[Number(segment)], parent: node };
      node = found.node;
    } else return found;
  }
  return found;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf("\n", offset - 1) + 1;
const column = (text: string, offset: number) => offset - lineStart(text, offset);

/** Where a node's text ends, without trailing blank lines. */
function endOf(text: string, node: Node): number {
  let end = (node.range as [number, number, number])[1];
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

/** Where a new line can follow a node: after a comment that ends its line. */
function lineEndAfter(text: string, node: Node): number {
  const end = endOf(text, node);
  const lineEnd = text.indexOf("\n", end);
  const rest = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  return /^\s*(#.*)?$/.test(rest) ? end + rest.trimEnd().length : end;
}

/** The JS value of the collection at `path`, for edits that must rewrite a flow collection whole. */
function valueAt(document: Document, path: string[]): unknown {
  return path.length === 0 ? document.toJS() : readPath(document.toJS(), path);
}

const isFlow = (node: unknown) => isCollection(node) && (node.flow || node.items.length === 0);

function setAt(text: string, document: Document, path: string[], value: unknown): string {
  const found = lookup(document, path);
  if (isSeq(found.parent) || !found.pair || isFlow(found.parent)) {
    const parentPath = path.slice(0, -1);
    const parent = structuredClone(valueAt(document, parentPath)) as Record<string, unknown>;
    parent[path.at(-1) as string] = value;
    return setAt(text, document, parentPath, parent);
  }
  const pair = found.pair;
  const key = pair.key as Node;
  const start = (key.range as [number, number, number])[0];
  const end = endOf(text, (pair.value as Node | null) ?? key);
  return text.slice(0, start) + renderPair(keyOf(pair), value, column(text, start)) + text.slice(end);
}

function insertAt(
  text: string,
  document: Document,
  parentPath: string[],
  key: string,
  value: unknown,
): string {
  const parent = lookup(document, parentPath).node;
  if (parentPath.length === 0 && (parent === null || parent === undefined)) {
    const separator = text === "" || text.endsWith("\n") ? "" : "\n";
    return `${text}${separator}${renderPair(key, value, 0)}\n`;
  }
  if (!isMap(parent) || isFlow(parent)) {
    const merged = isMap(parent)
      ? (structuredClone(valueAt(document, parentPath)) as Record<string, unknown>)
      : {};
    merged[key] = value;
    return setAt(text, document, parentPath, merged);
  }
  const first = parent.items[0] as Pair;
  const last = parent.items.at(-1) as Pair;
  const indent = column(text, ((first.key as Node).range as [number, number, number])[0]);
  const end = lineEndAfter(text, (last.value as Node | null) ?? (last.key as Node));
  return `${text.slice(0, end)}\n${" ".repeat(indent)}${renderPair(key, value, indent)}${text.slice(end)}`;
}

function appendAt(text: string, document: Document, path: string[], item: unknown): string {
  const list = lookup(document, path).node;
  if (!isSeq(list) || isFlow(list)) {
    const items = isSeq(list) ? (structuredClone(valueAt(document, path)) as unknown[]) : [];
    return setAt(text, document, path, [...items, item]);
  }
  const firstLine = lineStart(text, ((list.items[0] as Node).range as [number, number, number])[0]);
  const dash = text.slice(firstLine).search(/\S/);
  const end = lineEndAfter(text, list.items.at(-1) as Node);
  return `${text.slice(0, end)}\n${" ".repeat(dash)}${renderItem(item, dash)}${text.slice(end)}`;
}

function deleteAt(text: string, document: Document, path: string[]): string {
  const found = lookup(document, path);
  if (found.depth < path.length || !found.pair) return text;
  const key = found.pair.key as Node;
  const keyStart = (key.range as [number, number, number])[0];
  const start = lineStart(text, keyStart);
  const alone = text.slice(start, keyStart).trim() === "";
  if (isFlow(found.parent) || !alone || (found.parent as YAMLMap).items.length === 1) {
    const parentPath = path.slice(0, -1);
    const parent = structuredClone(valueAt(document, parentPath)) as Record<string, unknown>;
    delete parent[path.at(-1) as string];
    return setAt(text, document, parentPath, parent);
  }
  const end = endOf(text, (found.pair.value as Node | null) ?? key);
  const lineEnd = text.indexOf("\n", end);
  return text.slice(0, start) + text.slice(lineEnd === -1 ? text.length : lineEnd + 1);
}

/** `key: value` for a pair whose key starts at `indent`; lines after the first are indented. */
function renderPair(key: string, value: unknown, indent: number): string {
  const document = new Document();
  const map = document.createNode({ [key]: value }, NODE_OPTIONS) as YAMLMap;
  map.flow = false;
  const pair = map.items[0] as Pair;
  const layout = new Layout();
  pair.value = layout.style(pair.value, indent + key.length + 2, indent + 2, BLOCK_KEYS.has(key));
  document.contents = map;
  return indentLines(layout.finish(document.toString(OPTIONS)).replace(/\n$/, ""), indent);
}

/** `- item` for a list whose dash is at `indent`. */
function renderItem(item: unknown, indent: number): string {
  const document = new Document();
  const seq = document.createNode([item], NODE_OPTIONS) as YAMLSeq;
  seq.flow = false;
  const layout = new Layout();
  seq.items[0] = layout.style(seq.items[0], indent + 2, indent + 2);
  document.contents = seq;
  return indentLines(layout.finish(document.toString(OPTIONS)).replace(/\n$/, ""), indent);
}

function indentLines(text: string, indent: number): string {
  return text
    .split("\n")
    .map((line, index) => (index === 0 || line === "" ? line : " ".repeat(indent) + line))
    .join("\n");
}

/** Example requests read best one field per line, as in the hand-written specs. */
const BLOCK_KEYS = new Set(["examples", "value"]);
const holdsBlock = (node: YAMLMap | YAMLSeq) =>
  isMap(node) && node.items.some((pair) => BLOCK_KEYS.has(keyOf(pair)));

/** Strings an older YAML reader would take for something else: `16:9` (a number in YAML 1.1), `yes`, `off`. */
const AMBIGUOUS = /^([0-9]+(:[0-9]+)+|y|n|yes|no|on|off)$/i;

/**
 * The layout of the hand-written specs, which is also the repository formatter's: block structure, except that a
 * collection that fits on its line is written in flow style, maps padded and lists not
 * (`{ type: string, enum: ["1:1", "16:9"] }`). Long text is folded (`>-`), text with line breaks is literal (`|-`).
 * A flow collection is rendered here and stands in the document as a placeholder until `finish`.
 */
class Layout {
  private readonly flows: string[] = [];

  style(node: unknown, used: number, indent: number, block = false): unknown {
    if (isScalar(node)) {
      styleScalar(node, used);
      return node;
    }
    if (!isCollection(node)) return node;
    const inline = (block || holdsBlock(node)) && node.items.length > 0 ? undefined : flowText(node);
    if (inline !== undefined && (node.items.length === 0 || used + inline.length <= WIDTH)) {
      this.flows.push(inline);
      return new Scalar(`${PLACEHOLDER}${this.flows.length - 1}__`);
    }
    node.flow = false;
    if (isMap(node)) {
      for (const pair of node.items)
        pair.value = this.style(
          pair.value,
          indent + keyOf(pair).length + 2,
          indent + 2,
          BLOCK_KEYS.has(keyOf(pair)),
        );
    } else {
      node.items = node.items.map((item) => this.style(item, indent + 2, indent + 2));
    }
    return node;
  }

  finish(text: string): string {
    return text.replace(
      new RegExp(`${PLACEHOLDER}(\\d+)__`, "g"),
      (_, index) => this.flows[Number(index)] as string,
    );
  }
}

const PLACEHOLDER = "__runapi_flow_";

function styleScalar(node: Scalar, used: number) {
  if (typeof node.value !== "string") return;
  if (node.value.includes("\n")) node.type = Scalar.BLOCK_LITERAL;
  else if (AMBIGUOUS.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
  else if (used + node.value.length > WIDTH) node.type = Scalar.BLOCK_FOLDED;
}

function markFlow(node: unknown) {
  if (isScalar(node) && typeof node.value === "string" && AMBIGUOUS.test(node.value))
    node.type = Scalar.QUOTE_DOUBLE;
  if (!isCollection(node)) return;
  node.flow = true;
  for (const item of node.items) markFlow(isMap(node) ? (item as Pair).value : item);
}

/** The one-line flow rendering of a collection, or undefined when it holds a multi-line string. */
function flowText(node: YAMLMap | YAMLSeq): string | undefined {
  const value = node.toJSON();
  if (JSON.stringify(value).includes("\\n")) return undefined;
  const document = new Document();
  document.contents = document.createNode(value, NODE_OPTIONS);
  markFlow(document.contents);
  const text = document.toString({ ...OPTIONS, lineWidth: 0 }).trim();
  return text.includes("\n") ? undefined : unpadLists(text);
}

/**
 * `[ a, b ]` → `[a, b]`, maps keep their padding. In flow context a plain scalar cannot hold a bracket, so every
 * bracket outside quotes is structure; a quote opens a scalar only where a scalar can start.
 */
function unpadLists(text: string): string {
  let out = "";
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quote) {
      out += char;
      if (quote === '"' && char === "\\") out += text[++index] ?? "";
      else if (char === quote && quote === "'" && text[index + 1] === "'") out += text[++index];
      else if (char === quote) quote = undefined;
      continue;
    }
    if ((char === '"' || char === "'") && /(^|[[{,:])\s*$/.test(out)) quote = char;
    if (char === "[" && text[index + 1] === " ") {
      out += char;
      index++;
      continue;
    }
    if (char === " " && text[index + 1] === "]") continue;
    out += char;
  }
  return out;
}
