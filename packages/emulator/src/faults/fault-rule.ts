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
