import { describe, expect, it } from "vitest";
import { Accounts } from "./accounts.js";

describe("Accounts", () => {
  it("draws bonus credits first and puts each cent back where it came from on a refund", () => {
    const accounts = new Accounts([{ apiKey: "k", balanceCents: 100, bonusCents: 10 }]);
    expect(accounts.reserve("k", "t1", "m", 14)).toBe(true);
    expect(accounts.balance("k")).toMatchObject({
      balance_cents: 96,
      paid_balance_cents: 96,
      bonus_balance_cents: 0,
    });
    accounts.refund("t1");
    expect(accounts.balance("k")).toMatchObject({ paid_balance_cents: 100, bonus_balance_cents: 10 });
    // A second refund or a late charge moves nothing.
    accounts.refund("t1");
    accounts.charge("t1", Date.now());
    expect(accounts.balance("k")).toMatchObject({ balance_cents: 110, spent_cents_total: 0 });
    expect(accounts.ledger()[0]!.movements).toEqual(["reserve", "refund"]);
  });

  it("refuses a reservation it cannot cover, holding nothing", () => {
    const accounts = new Accounts([{ apiKey: "k", balanceCents: 5 }]);
    expect(accounts.reserve("k", "t1", "m", 6)).toBe(false);
    expect(accounts.balance("k").balance_cents).toBe(5);
    expect(accounts.ledger()).toEqual([]);
  });

  it("counts spending on the day the task ended (UTC)", () => {
    const accounts = new Accounts([{ apiKey: "k", balanceCents: 100 }]);
    accounts.reserve("k", "t1", "m", 5);
    accounts.reserve("k", "t2", "m", 7);
    const yesterday = Date.now() - 86_400_000;
    accounts.charge("t1", yesterday);
    accounts.charge("t2", Date.now());
    expect(accounts.balance("k")).toMatchObject({ spent_cents_today: 7, spent_cents_total: 12 });
  });

  it("charges less than it reserved when the output costs less, and gives the rest back (paid credits first)", () => {
    const accounts = new Accounts([{ apiKey: "k", balanceCents: 100, bonusCents: 10 }]);
    // 30 reserved: 10 from bonus, 20 paid; completion costs 12, so 18 go back, all of it to paid.
    accounts.reserve("k", "t1", "m", 30, 12);
    expect(accounts.balance("k")).toMatchObject({ paid_balance_cents: 80, bonus_balance_cents: 0 });
    accounts.charge("t1", Date.now());
    expect(accounts.balance("k")).toMatchObject({
      balance_cents: 98,
      paid_balance_cents: 98,
      bonus_balance_cents: 0,
      spent_cents_total: 12,
    });
    expect(accounts.ledger()[0]).toMatchObject({ reservedCents: 30, chargedCents: 12, refundedCents: 0 });
    // A settlement is never more than the reservation.
    accounts.reserve("k", "t2", "m", 5, 50);
    accounts.charge("t2", Date.now());
    expect(accounts.ledger()[1]).toMatchObject({ reservedCents: 5, chargedCents: 5 });
  });

  it("keeps fractional cents exact through reserve, charge and refund", () => {
    const accounts = new Accounts([{ apiKey: "k", balanceCents: 1, bonusCents: 0 }]);
    for (let i = 0; i < 3; i++) accounts.reserve("k", `t${i}`, "m", 0.1);
    accounts.charge("t0", Date.now());
    accounts.charge("t1", Date.now());
    accounts.refund("t2");
    // Without rounding, 1 - 0.1 - 0.1 - 0.1 + 0.1 is 0.7999999999999999.
    expect(accounts.balance("k")).toMatchObject({ balance_cents: 0.8, spent_cents_total: 0.2 });
  });

  it("rejects bad account options with a message naming the field", () => {
    expect(() => new Accounts([{ apiKey: "k", balanceCents: -1 }])).toThrow(
      "accounts[0].balanceCents must be a non-negative integer number of cents, got -1",
    );
    expect(() => new Accounts([{ apiKey: " k", balanceCents: 1 }])).toThrow(/accounts\[0\]\.apiKey/);
    expect(
      () =>
        new Accounts([
          { apiKey: "k", balanceCents: 1 },
          { apiKey: "k", balanceCents: 2 },
        ]),
    ).toThrow("accounts[1].apiKey is configured twice");
    expect(() => new Accounts([])).toThrow(/At least one account/);
  });
});
