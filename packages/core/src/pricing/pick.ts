/** A range key: `a-b`, two non-negative numbers. */
const RANGE = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/;

/**
 * A price table's entry for a value: its own key (`String(value)`), else the first range key `a-b` holding
 * the value, ends included (numbers only), else `any`. `priceFor` reads every table and matrix level with it,
 * as the emulator prices a request and the generated READMEs read their price tables.
 */
export function pick<T>(table: Readonly<Record<string, T>>, value: unknown): T | undefined {
  if (value != null && Object.hasOwn(table, String(value))) return table[String(value)];
  if (typeof value === "number") {
    for (const key in table) {
      const range = RANGE.exec(key);
      if (range && value >= Number(range[1]) && value <= Number(range[2])) return table[key];
    }
  }
  return table.any;
}
