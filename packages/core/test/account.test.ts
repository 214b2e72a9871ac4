import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  type Balance,
  InsufficientCreditsError,
  type Profile,
  TaskFailedError,
  ValidationError,
} from "../src/index.js";
import { type Emulator, emulatorWithClient } from "./emulator-client.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: Parameters<typeof emulatorWithClient>[0] = {}) {
  const started = await emulatorWithClient({ taskDurationMs: 30, ...options });
  emulator = started.emulator;
  return started;
}

const fast = { minDelay: 5, maxDelay: 20 };
const flex2k = {
  model: "images-flex-text-to-image",
  prompt: "A paper-cut fox in a snowy forest",
  output_resolution: "2k",
} as const;

describe("account.me", () => {
  it("answers the key's profile, typed, through the transport", async () => {
    const { emulator, client } = await start();
    const { data: me, response } = await client().account.me().withResponse();
    expectTypeOf(me).toEqualTypeOf<Profile>();
    expect(me).toEqual({
      id: expect.stringMatching(/^usr_/),
      name: expect.any(String),
      email: expect.stringContaining("@"),
      account: { id: expect.stringMatching(/^acct_/), name: me.name },
    });
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const sent = emulator.requests.at(-1);
    expect(sent).toMatchObject({ method: "GET", path: "/api/v1/me" });
    expect(sent?.headers.authorization).toBe(`Bearer ${emulator.apiKey}`);
  });

  it("tells accounts apart by key", async () => {
    const { client } = await start({
      accounts: [
        { apiKey: "rk_first", balanceCents: 100, name: "First", email: "first@example.com" },
        { apiKey: "rk_second", balanceCents: 200, name: "Second", email: "second@example.com" },
      ],
    });
    const first = await client({ apiKey: "rk_first" }).account.me();
    const second = await client({ apiKey: "rk_second" }).account.me();
    expect([first.email, second.email]).toEqual(["first@example.com", "second@example.com"]);
    expect(first.id).not.toBe(second.id);
  });
});

describe("account.balance", () => {
  it("answers every balance field in cents, typed", async () => {
    const { client } = await start({ accounts: [{ apiKey: "rk_b", balanceCents: 700, bonusCents: 50 }] });
    const balance = await client({ apiKey: "rk_b" }).account.balance();
    expectTypeOf(balance).toEqualTypeOf<Balance>();
    expect(balance).toEqual({
      balance_cents: 750,
      paid_balance_cents: 700,
      bonus_balance_cents: 50,
      spent_cents_today: 0,
      spent_cents_total: 0,
    });
  });

  it("moves by exactly the price after a run: the task's charge, which estimateCost predicted", async () => {
    const { client: clientOf } = await start();
    const client = clientOf();
    const before = await client.account.balance();
    const done = await client.run(flex2k, fast);
    const after = await client.account.balance();
    const charged = done.billing?.settlement?.charged_amount_cents;
    expect(charged).toBe(client.estimateCost(flex2k).cents);
    expect(charged).toBeGreaterThan(0);
    expect(before.balance_cents - after.balance_cents).toBe(charged);
    expect(after.spent_cents_total - before.spent_cents_total).toBe(charged);
    expect(after.spent_cents_today - before.spent_cents_today).toBe(charged);
  });

  it("holds the price while a task runs", async () => {
    const { client: clientOf } = await start({ taskDurationMs: 1_000_000 });
    const client = clientOf();
    const before = await client.account.balance();
    await client.create(flex2k);
    const during = await client.account.balance();
    expect(before.balance_cents - during.balance_cents).toBe(client.estimateCost(flex2k).cents);
    // Held, not yet spent.
    expect(during.spent_cents_total).toBe(before.spent_cents_total);
  });

  it("is unchanged after a failed task: the hold is refunded", async () => {
    const { emulator, client: clientOf } = await start();
    const client = clientOf();
    const before = await client.account.balance();
    emulator.failNextTask("The model refused.");
    const error = await client.run(flex2k, fast).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError).refund).toMatchObject({ refunded_at: expect.any(String) });
    expect(await client.account.balance()).toEqual(before);
  });

  it("cannot pay: create answers 402 InsufficientCreditsError and nothing is held", async () => {
    const { emulator, client: clientOf } = await start({
      accounts: [{ apiKey: "rk_poor", balanceCents: 10 }],
    });
    const client = clientOf({ apiKey: "rk_poor" });
    expect(client.estimateCost(flex2k).cents).toBeGreaterThan(10);
    const error = await client.create(flex2k).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InsufficientCreditsError);
    expect(error).toMatchObject({ status: 402, code: "insufficient_credits" });
    expect(emulator.tasksCreated()).toBe(0);
    expect((await client.account.balance()).balance_cents).toBe(10);
    // What the balance can pay still goes through.
    const cheap = { model: "images-pro-text-to-image", prompt: "A red kite" } as const;
    await client.run(cheap, fast);
    const { cents = Number.NaN } = client.estimateCost(cheap);
    expect((await client.account.balance()).balance_cents).toBe(10 - cents);
  });

  it("surfaces the API's errors as typed errors", async () => {
    const { client } = await start();
    const error = await client({ apiKey: "rk_unknown" })
      .account.balance()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "AuthenticationError", status: 401 });
    expect(error).not.toBeInstanceOf(ValidationError);
  });
});
