import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_API_KEY, type Emulator, startEmulator } from "../src/index.ts";
import { toyClient, toySpec, writeSpecs } from "./support/toy-specs.ts";

const TEXT = "/api/v1/flux_2/text_to_image";
const PRO = { model: "flux-2-pro-text-to-image", prompt: "a lighthouse" }; // 5 cents
const FLEX_2K = { model: "flux-2-flex-text-to-image", prompt: "a fox", output_resolution: "2k" }; // 24 cents

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

async function start(options: Parameters<typeof startEmulator>[0] = {}): Promise<Emulator> {
  const emulator = await startEmulator({ port: 0, ...options });
  running.push(emulator);
  return emulator;
}

function api(emulator: Emulator, apiKey = emulator.apiKey) {
  const headers = { authorization: `Bearer ${apiKey}`, "content-type": "application/json" };
  return {
    create: (body: unknown) =>
      fetch(emulator.url + TEXT, { method: "POST", headers, body: JSON.stringify(body) }),
    get: async (path: string) => (await fetch(emulator.url + path, { headers })).json() as Promise<any>,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("accounts and money over HTTP", () => {
  it("answers /me and /me/balance in the API's shapes for the default account", async () => {
    const emulator = await start();
    const { get } = api(emulator);
    const me = await get("/api/v1/me");
    expect(me).toEqual({
      id: expect.stringMatching(/^usr_[0-9a-f]{16}$/),
      name: "Emulator User 1",
      email: "user1@emulator.runapi.test",
      account: { id: expect.stringMatching(/^acct_[0-9a-f]{16}$/), name: "Emulator User 1" },
    });
    // The key itself never appears in what the account answers.
    expect(JSON.stringify(me)).not.toContain(DEFAULT_API_KEY);
    expect(await get("/api/v1/me/balance")).toEqual({
      balance_cents: 1_000_000,
      paid_balance_cents: 1_000_000,
      bonus_balance_cents: 0,
      spent_cents_today: 0,
      spent_cents_total: 0,
    });
  });

  it("uses configured names and balances, one account per key", async () => {
    const emulator = await start({
      accounts: [
        { apiKey: "rk_alice", balanceCents: 300, name: "Alice", email: "alice@example.test" },
        { apiKey: "rk_bob", balanceCents: 7 },
      ],
      apiKeys: ["rk_carol", "rk_alice"],
    });
    expect(emulator.apiKey).toBe("rk_alice");
    expect(await api(emulator, "rk_alice").get("/api/v1/me")).toMatchObject({
      name: "Alice",
      email: "alice@example.test",
    });
    expect((await api(emulator, "rk_bob").get("/api/v1/me/balance")).balance_cents).toBe(7);
    expect((await api(emulator, "rk_carol").get("/api/v1/me/balance")).balance_cents).toBe(1_000_000);
    expect(emulator.account("rk_bob").balance_cents).toBe(7);
    expect(() => emulator.account("rk_nobody")).toThrow(/No account has this API key/);
  });

  it("reserves on create, keeps the balance down by exactly the price on completion, and counts the spend", async () => {
    const emulator = await start({ taskDurationMs: 400, accounts: [{ apiKey: "rk_a", balanceCents: 100 }] });
    const { create, get } = api(emulator);
    const created = (await (await create(FLEX_2K)).json()) as any;
    expect(created.billing.reservation).toEqual({ amount_cents: 24 });

    // Held at once, not yet spent.
    expect(await get("/api/v1/me/balance")).toEqual({
      balance_cents: 76,
      paid_balance_cents: 76,
      bonus_balance_cents: 0,
      spent_cents_today: 0,
      spent_cents_total: 0,
    });
    await sleep(450);
    // The balance read itself observes the end: nobody has read the task yet.
    expect(await get("/api/v1/me/balance")).toMatchObject({
      balance_cents: 76,
      spent_cents_today: 24,
      spent_cents_total: 24,
    });
    const task = await get(`${TEXT}/${created.id}`);
    expect(task.billing.settlement).toEqual({ charged_amount_cents: 24 });
    // Reading it again, by any route, moves nothing more.
    await get(`/api/v1/tasks/${created.id}`);
    expect(emulator.account()).toMatchObject({ balance_cents: 76, spent_cents_total: 24 });
    expect(emulator.ledger()).toEqual([
      {
        taskId: created.id,
        apiKey: "rk_a",
        model: "flux-2-flex-text-to-image",
        reservedCents: 24,
        chargedCents: 24,
        refundedCents: 0,
        movements: ["reserve", "charge"],
      },
    ]);
  });

  it("refunds a failed task: the balance is restored and nothing is spent", async () => {
    const emulator = await start({ taskDurationMs: 0, accounts: [{ apiKey: "rk_a", balanceCents: 50 }] });
    const { create, get } = api(emulator);
    emulator.failNextTask();
    const failed = (await (await create(FLEX_2K)).json()) as any;
    const task = await get(`${TEXT}/${failed.id}`);
    expect(task.status).toBe("failed");
    expect(task.billing.refund).toEqual({ refunded_at: expect.any(String) });
    expect(await get("/api/v1/me/balance")).toEqual({
      balance_cents: 50,
      paid_balance_cents: 50,
      bonus_balance_cents: 0,
      spent_cents_today: 0,
      spent_cents_total: 0,
    });
    expect(emulator.ledger()[0]).toMatchObject({
      chargedCents: 0,
      refundedCents: 24,
      movements: ["reserve", "refund"],
    });
  });

  it("answers 402 insufficient_credits and creates no task when the balance cannot cover the reservation", async () => {
    const emulator = await start({
      taskDurationMs: 1_000_000,
      accounts: [{ apiKey: "rk_a", balanceCents: 30 }],
    });
    const { create, get } = api(emulator);
    expect((await create(FLEX_2K)).status).toBe(200); // 30 → 6
    const refused = await create(FLEX_2K);
    expect(refused.status).toBe(402);
    expect(refused.headers.get("x-request-id")).toMatch(/^req_/);
    expect(refused.headers.get("x-runapi-task-id")).toBeNull();
    expect(await refused.json()).toEqual({
      error: {
        code: "insufficient_credits",
        message:
          "This request reserves 24 cents but the balance is 6 cents; add credits or pick a cheaper model or output.",
      },
    });
    expect(emulator.tasksCreated()).toBe(1);
    expect(emulator.ledger()).toHaveLength(1);
    // A cheaper request still fits, to the cent.
    expect((await create(PRO)).status).toBe(200);
    expect((await get("/api/v1/me/balance")).balance_cents).toBe(1);
  });

  it("sums paid and bonus credits to a millionth of a cent, in /me/balance and in the 402 check", async () => {
    // 1 paid + 1 bonus cent; 0.14 from the bonus leaves 1 + 0.86, which floats add up to 1.8599999999999999.
    const specs = writeSpecs({
      "toy.yaml": toySpec("toy", "image", [
        {
          name: "draw",
          variants: [
            {
              model: "toy-draw",
              price: { unit: "call", cents: 1, by: { size: { small: 0.14, rest: 1.86 } } },
              properties: { size: { type: "string", enum: ["small", "rest"] } },
            },
          ],
        },
      ]),
    });
    try {
      const emulator = await start({
        specsDir: specs.dir,
        taskDurationMs: 1_000_000,
        accounts: [{ apiKey: "rk_a", balanceCents: 1, bonusCents: 1 }],
      });
      const { post, get } = toyClient({ url: emulator.url, apiKey: "rk_a" });
      const draw = (size: string) => post("/api/v1/toy/draw", { model: "toy-draw", size });
      expect((await draw("small")).response.status).toBe(200);
      expect((await get("/api/v1/me/balance")).json).toMatchObject({
        balance_cents: 1.86,
        paid_balance_cents: 1,
        bonus_balance_cents: 0.86,
      });
      // The rest of the balance covers a reservation of exactly 1.86 cents.
      const rest = await draw("rest");
      expect(rest.response.status).toBe(200);
      expect(rest.json.billing.reservation.amount_cents).toBe(1.86);
      expect((await get("/api/v1/me/balance")).json).toMatchObject({
        balance_cents: 0,
        paid_balance_cents: 0,
        bonus_balance_cents: 0,
      });
    } finally {
      specs.remove();
    }
  });

  it("keeps each account's money apart", async () => {
    const emulator = await start({
      taskDurationMs: 0,
      accounts: [
        { apiKey: "rk_a", balanceCents: 100 },
        { apiKey: "rk_b", balanceCents: 100 },
      ],
    });
    await api(emulator, "rk_a").create(FLEX_2K);
    await api(emulator, "rk_a").create(PRO);
    await api(emulator, "rk_b").create(PRO);
    expect(emulator.account("rk_a")).toMatchObject({ balance_cents: 71, spent_cents_total: 29 });
    expect(emulator.account("rk_b")).toMatchObject({ balance_cents: 95, spent_cents_total: 5 });
  });

  it("charges exactly once per completed task and refunds each failed one, whichever reader sees the end first", async () => {
    const emulator = await start({ taskDurationMs: 30, failEvery: 3 });
    const { create, get } = api(emulator);
    const ids: string[] = [];
    for (let index = 0; index < 9; index++) ids.push(((await (await create(PRO)).json()) as any).id);
    await sleep(60);
    // Three kinds of observers race over the same ended tasks.
    await Promise.all([
      ...ids.map((id, index) => get(index % 2 ? `${TEXT}/${id}` : `/api/v1/tasks/${id}`)),
      get("/api/v1/me/balance"),
      ...ids.map((id) => get(`${TEXT}/${id}`)),
    ]);
    const ledger = emulator.ledger();
    expect(ledger.filter((entry) => entry.movements.join() === "reserve,charge")).toHaveLength(6);
    expect(ledger.filter((entry) => entry.movements.join() === "reserve,refund")).toHaveLength(3);
    expect(emulator.account()).toMatchObject({ balance_cents: 1_000_000 - 30, spent_cents_total: 30 });
  });
});
