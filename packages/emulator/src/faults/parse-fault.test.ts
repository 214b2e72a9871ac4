import { describe, expect, it } from "vitest";
import { parseFaultFlag } from "./parse-fault.js";

describe("--fault parsing", () => {
  it("reads route, kind, parameter and times", () => {
    expect(parseFaultFlag("POST /api/v1/flux_2/text_to_image=status:503x2")).toEqual({
      route: "POST /api/v1/flux_2/text_to_image",
      times: 2,
      fault: { kind: "status", status: 503 },
    });
    expect(parseFaultFlag("*=reset-after")).toEqual({ route: "*", times: 1, fault: { kind: "reset-after" } });
    expect(parseFaultFlag("GET /api/v1/flux_2/text_to_image/*=slow-headers:1500xinf")).toEqual({
      route: "GET /api/v1/flux_2/text_to_image/*",
      times: Number.POSITIVE_INFINITY,
      fault: { kind: "slow-headers", delayMs: 1500 },
    });
    expect(parseFaultFlag("*=html-error").fault).toEqual({ kind: "html-error" });
    expect(parseFaultFlag("*=html-error:504x3")).toMatchObject({
      times: 3,
      fault: { kind: "html-error", status: 504 },
    });
    for (const kind of ["reset-before", "cut-body", "malformed-json", "wrong-content-type"]) {
      expect(parseFaultFlag(`*=${kind}x4`)).toEqual({ route: "*", times: 4, fault: { kind } });
    }
  });

  it("reads a status's Retry-After, retry-after-ms and code", () => {
    expect(parseFaultFlag("*=status:429,retry-after=1,retry-after-ms=250,code=slow_down").fault).toEqual({
      kind: "status",
      status: 429,
      retryAfter: "1",
      retryAfterMs: 250,
      code: "slow_down",
    });
    expect(parseFaultFlag("*=status:503,retry-after=0x5")).toMatchObject({
      times: 5,
      fault: { status: 503, retryAfter: "0" },
    });
  });

  it("refuses malformed flags with a message naming the flag and the problem", () => {
    const cases: [string, RegExp][] = [
      ["reset-after", /expected "<route>=<kind>"/],
      ["*=explode", /unknown fault kind "explode"/],
      ["*=status", /status needs a code/],
      ["*=status:abc", /status must be a number/],
      ["*=status:200", /400 to 599/],
      ["*=status:503,wait=1", /unknown status option "wait"/],
      ["*=slow-headers", /slow-headers needs a delay/],
      ["*=cut-body:5", /cut-body takes no parameter/],
      ["*=reset-beforex0", /at least 1/],
      ["/api/v1/me=reset-before", /Invalid fault route/],
    ];
    for (const [flag, message] of cases) {
      expect(() => parseFaultFlag(flag), flag).toThrow(message);
      expect(() => parseFaultFlag(flag), flag).toThrow(`--fault "${flag}"`);
    }
  });
});
