import { checkFault, type FaultKind, type FaultRule, type Faults, type RandomFaults } from "./fault-rule.js";
import { routeMatcher } from "./route-matcher.js";
import { seededRandom } from "./seeded-random.js";

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
