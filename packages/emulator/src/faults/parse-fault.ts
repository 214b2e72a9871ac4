import { checkFault, type FaultKind, type FaultRule } from "./fault-rule.js";
import { routeMatcher } from "./route-matcher.js";

/** The `--fault` syntax, for the CLI's --help and its error messages. */
export const FAULT_FLAG_HELP = `--fault "<route>=<kind>[:<param>][x<times>]"   (repeatable; rules apply in the order given)
  <route>   "*" (every request), "POST /api/v1/flux_2/text_to_image", or a prefix ending in *:
            "GET /api/v1/flux_2/text_to_image/*". The method may be * too. The query string is ignored.
  <kind>    status:<code>[,retry-after=<s>][,retry-after-ms=<ms>][,code=<error code>]
                                 answer <code> with a JSON error body; nothing is performed
            reset-before         drop the connection (TCP reset) before doing anything
            reset-after          perform the request (task created), then drop the connection unanswered
            slow-headers:<ms>    perform the request, answer after <ms> milliseconds
            cut-body             perform the request, send headers and half the body, then close
            malformed-json       perform the request, answer 200 application/json that is not JSON
            html-error[:<code>]  answer a proxy's HTML error page (default 502); nothing is performed
            wrong-content-type   perform the request, answer 200 text/plain
  x<times>  how many matching requests it applies to: a number or "inf" (default 1)
  e.g. --fault "POST /api/v1/flux_2/text_to_image=status:503,retry-after=1x2" --fault "*=reset-after"
--fault-rate R --fault-seed N   a random fault (the default mix of every kind) on each request with probability
                                R (0 to 1), replayable from seed N (default 1); rules above are tried first`;

/** One `--fault` value as a rule; throws a message naming what is wrong. */
export function parseFaultFlag(flag: string): FaultRule {
  const fail = (what: string): never => {
    throw new Error(`--fault "${flag}": ${what}`);
  };
  // Routes never hold "=", so the first one ends the route (a status's options may hold more).
  const equals = flag.indexOf("=");
  if (equals < 0) fail('expected "<route>=<kind>"');
  const route = flag.slice(0, equals).trim();
  let spec = flag.slice(equals + 1).trim();

  let times = 1;
  const timesMatch = /x(\d+|inf)$/.exec(spec);
  if (timesMatch) {
    times = timesMatch[1] === "inf" ? Number.POSITIVE_INFINITY : Number(timesMatch[1]);
    spec = spec.slice(0, timesMatch.index);
  }
  const colon = spec.indexOf(":");
  const kind = colon < 0 ? spec : spec.slice(0, colon);
  const param = colon < 0 ? undefined : spec.slice(colon + 1);

  const rule: FaultRule = { route, times, fault: faultOf(kind, param, fail) };
  try {
    routeMatcher(route);
    checkFault(rule.fault);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (times < 1) fail("x<times> must be at least 1");
  return rule;
}

function faultOf(kind: string, param: string | undefined, fail: (what: string) => never): FaultKind {
  const number = (text: string, what: string): number => {
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value)) fail(`${what} must be a number, got "${text}"`);
    return value;
  };
  const noParam = () => {
    if (param !== undefined) fail(`${kind} takes no parameter, got ":${param}"`);
  };
  switch (kind) {
    case "status": {
      if (param === undefined) return fail("status needs a code, e.g. status:503");
      const [code = "", ...options] = param.split(",");
      const fault: Extract<FaultKind, { kind: "status" }> = {
        kind: "status",
        status: number(code, "status"),
      };
      for (const option of options) {
        const [name, value = ""] = option.split("=", 2) as [string, string?];
        if (name === "retry-after") fault.retryAfter = value;
        else if (name === "retry-after-ms") fault.retryAfterMs = number(value, "retry-after-ms");
        else if (name === "code") fault.code = value;
        else fail(`unknown status option "${name}" (expected retry-after, retry-after-ms or code)`);
      }
      return fault;
    }
    case "slow-headers":
      if (param === undefined) return fail("slow-headers needs a delay, e.g. slow-headers:2000");
      return { kind, delayMs: number(param, "slow-headers delay") };
    case "html-error":
      return param === undefined ? { kind } : { kind, status: number(param, "html-error status") };
    case "reset-before":
    case "reset-after":
    case "cut-body":
    case "malformed-json":
    case "wrong-content-type":
      noParam();
      return { kind };
    default:
      return fail(`unknown fault kind "${kind}"`);
  }
}
