import { parse } from "yaml";
import { pointer } from "../../packages/spec/src/index.ts";
import type { FamilySpec, Location, Unit } from "./family-spec.ts";
import { fingerprint, sameValue } from "./stable-json.ts";
import { applyEdits, type Edit } from "./yaml-splice.ts";

/**
 * What the importer last wrote for one family: unit id → location → fingerprint of the data's value (`hand:` +
 * fingerprint where the spec had its own content first). A location under the unit's anchor is keyed relative
 * to it (`properties/prompt`), any other by its full JSON pointer.
 */
export type FamilyState = Record<string, Record<string, string>>;

/** A location the data changed after it was edited by hand: nothing was written there. */
export interface Conflict {
  file: string;
  /** JSON pointer of the location (a list item for `[...]` keys). */
  pointer: string;
  spec: unknown;
  /** The data's new value; undefined when the data no longer has the location. */
  data: unknown;
}

export interface FamilyOutcome {
  file: string;
  /** The new text, or undefined when the file does not change. */
  text: string | undefined;
  created: boolean;
  /** The file was imported before and has since been deleted: it stays deleted. */
  deleted: boolean;
  state: FamilyState;
  /** Locations written because they were new, changed by the data, or removed from it. */
  added: number;
  changed: number;
  removed: number;
  /** Locations found in the spec before the importer owned them, kept as written. */
  adopted: number;
  unitsAdded: Unit[];
  unitsChanged: Unit[];
  conflicts: Conflict[];
  /** Units of the state that the data no longer has (left in the spec). */
  gone: string[];
  /** `<file>#<pointer>` of `--accept`/`--keep` entries this family used. */
  resolved: string[];
}

export interface Decisions {
  /** `<file>#<pointer>`: write the data over a hand edit. */
  accept: ReadonlySet<string>;
  /** `<file>#<pointer>`: keep the hand edit and stop reporting it. */
  keep: ReadonlySet<string>;
}

/** Marks a location the importer found already written by hand: a data change there is always reported. */
const HAND = "hand:";

/** Comment at the top of a spec the importer creates. */
export const CREATED_HEADER =
  "# Written by `pnpm import:catalog` from specs/_catalog/ (RunAPI's public catalog). Edit freely:\n" +
  "# a re-import keeps hand edits and reports where the data changed under them (specs/_catalog/README.md).\n";

/**
 * Three-way merge of one family: the data's values, the spec as it is, and what the importer last wrote.
 * Returns the new text (edited in place) and the new state; never writes over a hand edit.
 */
export function mergeFamily(
  plan: FamilySpec,
  text: string | undefined,
  previous: FamilyState | undefined,
  decisions: Decisions,
): FamilyOutcome {
  let current: unknown = {};
  if (text !== undefined) {
    try {
      current = parse(text) ?? {};
    } catch (error) {
      throw new Error(`${plan.file} is not valid YAML, so it cannot be updated: ${(error as Error).message}`);
    }
  }
  const outcome: FamilyOutcome = {
    file: plan.file,
    text: undefined,
    created: text === undefined,
    deleted: text === undefined && previous !== undefined,
    state: {},
    added: 0,
    changed: 0,
    removed: 0,
    adopted: 0,
    unitsAdded: [],
    unitsChanged: [],
    conflicts: [],
    gone: [],
    resolved: [],
  };
  const edits: (Edit & { order: number })[] = [];
  const decided = (key: string, set: ReadonlySet<string>) => {
    const id = `${plan.file}#${key}`;
    if (set.has(id)) outcome.resolved.push(id);
    return set.has(id);
  };

  for (const unit of plan.units) {
    const anchor = pointer(...unit.anchor);
    const stored = previous?.[unit.id];
    const before =
      stored &&
      Object.fromEntries(
        Object.entries(stored).map(([key, print]) => [key.startsWith("/") ? key : `${anchor}/${key}`, print]),
      );
    const unitState: Record<string, string> = {};
    const editsBefore = edits.length;
    // A unit the importer never saw, already in the spec, is hand-written: adopt it as it is.
    const adopt = before === undefined && readPath(current, unit.anchor) !== undefined;
    for (const location of unit.locations) {
      const data = fingerprint(location.value);
      const spec = specValue(current, location);
      const last = before?.[location.key];
      const write = () => edits.push({ ...writeOf(location), order: location.order });
      unitState[location.key] = data;
      if (last === undefined) {
        // New to the importer: written where the spec has nothing, adopted as hand-written where it has.
        if (adopt || spec !== undefined) {
          unitState[location.key] = HAND + data;
          outcome.adopted++;
        } else {
          write();
          outcome.added++;
        }
        continue;
      }
      const hand = last.startsWith(HAND);
      if ((hand ? last.slice(HAND.length) : last) === data) {
        unitState[location.key] = last;
      } else if (spec !== undefined && sameValue(spec, location.value)) {
        // The spec already says what the data now says.
        if (hand) unitState[location.key] = HAND + data;
      } else if (
        (!hand && spec !== undefined && fingerprint(spec) === last) ||
        decided(location.key, decisions.accept)
      ) {
        write();
        outcome.changed++;
      } else if (decided(location.key, decisions.keep)) {
        unitState[location.key] = HAND + data;
      } else {
        outcome.conflicts.push({ file: plan.file, pointer: location.key, spec, data: location.value });
        unitState[location.key] = last;
      }
    }
    // Locations the data no longer has: removed when untouched, reported when edited.
    const wanted = new Set(unit.locations.map((location) => location.key));
    for (const [key, last] of Object.entries(before ?? {})) {
      if (wanted.has(key)) continue;
      const path = key.includes("[") ? undefined : pathOf(key);
      const spec = path ? readPath(current, path) : undefined;
      if (!path || spec === undefined) continue;
      if (fingerprint(spec) === last || decided(key, decisions.accept)) {
        edits.push({ op: "delete", path, order: -1 });
        outcome.removed++;
      } else if (!decided(key, decisions.keep)) {
        outcome.conflicts.push({ file: plan.file, pointer: key, spec, data: undefined });
        unitState[key] = last;
      }
    }
    outcome.state[unit.id] = Object.fromEntries(
      Object.entries(unitState).map(([key, print]) => [
        key.startsWith(`${anchor}/`) ? key.slice(anchor.length + 1) : key,
        print,
      ]),
    );
    if (edits.length > editsBefore)
      (before === undefined ? outcome.unitsAdded : outcome.unitsChanged).push(unit);
  }
  for (const [id, locations] of Object.entries(previous ?? {})) {
    if (outcome.state[id]) continue;
    outcome.state[id] = locations;
    outcome.gone.push(id);
  }
  // In file order, so that new keys land where a fresh file would have them; removals first.
  edits.sort((a, b) => a.order - b.order);
  if (edits.length > 0 && !outcome.deleted) outcome.text = applyEdits(text ?? CREATED_HEADER, edits);
  return outcome;
}

function writeOf(location: Location): Edit {
  return location.member
    ? { op: "append", path: location.path, item: location.value }
    : { op: "set", path: location.path, value: location.value };
}

function specValue(current: unknown, location: Location): unknown {
  const found = readPath(current, location.path);
  if (!location.member) return found;
  return Array.isArray(found) && found.some((item) => sameValue(item, location.value))
    ? location.value
    : undefined;
}

export function readPath(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const segment of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** JSON pointer → path segments. */
export function pathOf(key: string): string[] {
  return key
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
