import { seededRandom } from "./seeded-random.js";

export type FaultKind =
  /** Answers this status with a JSON error body; nothing is performed. */
  | { kind: "status"; status: number; retryAfter?: string; retryAfterMs?: number; code?: string }
  /** Destroys the socket before doing anything: no task is created. */
  | { kind: "reset-before" }
  /** Performs the request (task created, idempotency key recorded), then destroys the socket unanswered. */
  | { kind: "reset-after" }
  /** Performs the request, then waits this long before answering normally. */
  | { kind: "slow-headers"; delayMs: number }
  /** Performs the request, sends status, headers (real content-length) and half the body, then destroys the socket. */
  | { kind: "cut-body" }
  /** Performs the request, answers 200 application/json with a body that is not JSON. */
  | { kind: "malformed-json" }
  /** Answers (default 502) with a proxy's HTML error page; nothing is performed. */
  | { kind: "html-error"; status?: number }
  /** Performs the request, answers 200 text/plain with a plain-text body. */
  | { kind: "wrong-content-type" };

export interface FaultRule {
  /**
   * `"POST /api/v1/flux_2/text_to_image"`, `"GET /api/v1/flux_2/text_to_image/*"` (a trailing `*` matches any
   * rest of the path), or `"*"` for every request. The method may also be `*`. The query string is ignored.
   */
  route: string;
  /** How many matching requests the rule applies to; default 1, `Infinity` allowed. */
  times?: number;
  fault: FaultKind;
}

export interface RandomFaults {
  seed: number;
  /** Probability, 0 to 1, that a matching request gets a fault. */
  rate: number;
  /** What to pick from, uniformly; default DEFAULT_RANDOM_FAULTS. */
  kinds?: FaultKind[];
  /** A route pattern as in FaultRule; default `"*"`. */
  routes?: string;
}

export interface Faults {
  /** Rules are tried in the order added; the first matching one with applications left is used up by one. */
  add(rule: FaultRule): void;
  /** Removes every rule and the random mix. */
  clear(): void;
  /** Applications left across rules (Infinity when a rule is unlimited); the random mix is not counted. */
  pending(): number;
  /** From now on, a request no rule matched gets a random fault; calling it again restarts from the new seed. */
  random(options: RandomFaults): void;
}

/**
 * The default random mix, as groups: a group is picked uniformly, then one member of it, so every kind is equally
 * likely however many variants of status errors there are.
 */
export const DEFAULT_RANDOM_FAULTS: readonly (readonly FaultKind[])[] = [
  [
    { kind: "status", status: 500 },
    { kind: "status", status: 500, retryAfter: "0" },
    { kind: "status", status: 502 },
    { kind: "status", status: 502, retryAfter: "0" },
    { kind: "status", status: 503 },
    { kind: "status", status: 503, retryAfter: "0" },
    { kind: "status", status: 429, retryAfter: "0", retryAfterMs: 1 },
  ],
  [{ kind: "reset-before" }],
  [{ kind: "reset-after" }],
  // Short enough to keep test suites fast, long enough to be measurable.
  [{ kind: "slow-headers", delayMs: 50 }],
  [{ kind: "cut-body" }],
  [{ kind: "malformed-json" }],
  [{ kind: "html-error", status: 502 }],
  [{ kind: "wrong-content-type" }],
];

const HEADER_VALUE = /^[\x20-\x7e]*$/;

/** Throws a message naming what is wrong, so a bad rule fails where it is added, not at the first request. */
export function checkFault(fault: FaultKind): void {
  const fail = (what: string): never => {
    throw new Error(`Invalid fault ${JSON.stringify(fault)}: ${what}`);
  };
  const errorStatus = (status: unknown) =>
    Number.isInteger(status) && (status as number) >= 400 && (status as number) <= 599;
  switch (fault.kind) {
    case "status":
      if (!errorStatus(fault.status)) fail("status must be an integer from 400 to 599");
      // Node throws on a header value with control characters; better here than mid-answer.
      if (fault.retryAfter !== undefined && !HEADER_VALUE.test(fault.retryAfter)) {
        fail("retryAfter must be printable ASCII");
      }
      if (
        fault.retryAfterMs !== undefined &&
        !(Number.isFinite(fault.retryAfterMs) && fault.retryAfterMs >= 0)
      ) {
        fail("retryAfterMs must be a non-negative number");
      }
      return;
    case "slow-headers":
      if (!(Number.isFinite(fault.delayMs) && fault.delayMs >= 0))
        fail("delayMs must be a non-negative number");
      return;
    case "html-error":
      if (fault.status !== undefined && !errorStatus(fault.status))
        fail("status must be an integer from 400 to 599");
      return;
    case "reset-before":
    case "reset-after":
    case "cut-body":
    case "malformed-json":
    case "wrong-content-type":
      return;
    default:
      fail("unknown kind");
  }
}

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

interface ActiveRule {
  matches: (method: string, pathname: string) => boolean;
  remaining: number;
  fault: FaultKind;
}

interface ActiveRandom {
  matches: (method: string, pathname: string) => boolean;
  rate: number;
  groups: readonly (readonly FaultKind[])[];
  next: () => number;
}

/** The faults of one emulator: explicit rules first, then the seeded random mix. */
export class FaultInjector implements Faults {
  private rules: ActiveRule[] = [];
  private mix: ActiveRandom | undefined;

  add(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times >= 1))) {
      throw new Error(`Invalid fault times ${times}: expected a positive integer or Infinity`);
    }
    checkFault(rule.fault);
    // A copy, so the caller changing its object later cannot change a rule in force.
    this.rules.push({ matches: routeMatcher(rule.route), remaining: times, fault: { ...rule.fault } });
  }

  clear(): void {
    this.rules = [];
    this.mix = undefined;
  }

  pending(): number {
    return this.rules.reduce((sum, rule) => sum + rule.remaining, 0);
  }

  random(options: RandomFaults): void {
    const { seed, rate, kinds } = options;
    if (!Number.isFinite(seed)) throw new Error(`Invalid random fault seed ${seed}: expected a number`);
    if (!(rate >= 0 && rate <= 1)) throw new Error(`Invalid random fault rate ${rate}: expected 0 to 1`);
    if (kinds !== undefined && kinds.length === 0) throw new Error("Random faults need at least one kind");
    for (const kind of kinds ?? []) checkFault(kind);
    this.mix = {
      matches: routeMatcher(options.routes ?? "*"),
      rate,
      groups: kinds ? kinds.map((kind) => [{ ...kind }]) : DEFAULT_RANDOM_FAULTS,
      next: seededRandom(seed),
    };
  }

  /** The fault for this request, if any, using up one application of the rule that gives it. */
  take(method: string, pathname: string): FaultKind | undefined {
    for (const rule of this.rules) {
      if (rule.remaining > 0 && rule.matches(method, pathname)) {
        rule.remaining -= 1;
        return rule.fault;
      }
    }
    const mix = this.mix;
    if (!mix?.matches(method, pathname) || mix.next() >= mix.rate) return undefined;
    const group = mix.groups[Math.floor(mix.next() * mix.groups.length)]!;
    return group[Math.floor(mix.next() * group.length)];
  }
}
