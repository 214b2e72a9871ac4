import { createHash } from "node:crypto";
import { roundCents } from "../billing/round-cents.js";

/** An API key with the money behind it, as configured at start. */
export interface AccountOptions {
  apiKey: string;
  /** Paid credits at start, in US cents. */
  balanceCents: number;
  /** Promotional credits at start, in cents; spent before paid ones. Default 0. */
  bonusCents?: number;
  /** Default "Emulator User <n>". */
  name?: string;
  /** Default "user<n>@emulator.runapi.test". */
  email?: string;
}

/** `GET /api/v1/me/balance`, also what `emulator.account()` returns. */
export interface BalanceView {
  balance_cents: number;
  paid_balance_cents: number;
  bonus_balance_cents: number;
  /** Charges settled today (UTC); reservations and refunded tasks are not spending. */
  spent_cents_today: number;
  spent_cents_total: number;
}

/** `GET /api/v1/me`. */
export interface ProfileView {
  id: string;
  name: string;
  email: string;
  account: { id: string; name: string };
}

export type Movement = "reserve" | "charge" | "refund";

/** The money of one task, for tests that prove each task was charged or refunded exactly once. */
export interface LedgerEntry {
  taskId: string;
  apiKey: string;
  model: string;
  reservedCents: number;
  /**
   * What completion charged: the reservation, or less for a price per second of output when the output is
   * shorter than the reservation assumed (the rest goes back to the balance); 0 before and for failed tasks.
   */
  chargedCents: number;
  /** The reservation once the task failed; 0 otherwise. */
  refundedCents: number;
  /** Every movement in order: ["reserve"], then one "charge" or one "refund". Anything longer is a bug. */
  movements: Movement[];
}

/** Enough for thousands of test tasks at any Flux price, so only tests about money ever see a 402. */
export const DEFAULT_BALANCE_CENTS = 1_000_000;

interface Account {
  options: Required<Omit<AccountOptions, "balanceCents" | "bonusCents">>;
  paid: number;
  bonus: number;
  spentTotal: number;
  /** UTC date (YYYY-MM-DD) → cents charged that day. */
  spentByDay: Map<string, number>;
}

interface Entry extends LedgerEntry {
  /** How the reservation was drawn, so a refund puts each cent back where it came from. */
  fromBonus: number;
  fromPaid: number;
  /** What completion will charge, at most the reservation. */
  settleCents: number;
}

const utcDay = (at: number): string => new Date(at).toISOString().slice(0, 10);
const shortHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 16);

/**
 * Balances and the per-task ledger. A create reserves (the balance goes down at once), completion turns the
 * reservation into a charge (the balance stays, spending goes up), failure refunds it (the balance goes back up).
 * Charge and refund are guarded by the entry itself, so a second call for the same task moves nothing.
 */
export class Accounts {
  private readonly accounts = new Map<string, Account>();
  private readonly entries = new Map<string, Entry>();

  constructor(options: readonly AccountOptions[]) {
    for (const [index, account] of options.entries()) {
      const where = `accounts[${index}]`;
      if (typeof account.apiKey !== "string" || account.apiKey.trim() === "") {
        throw new Error(`${where}.apiKey must be a non-empty string`);
      }
      if (account.apiKey !== account.apiKey.trim()) {
        throw new Error(`${where}.apiKey must not start or end with spaces (clients trim keys)`);
      }
      for (const field of ["balanceCents", "bonusCents"] as const) {
        const cents = account[field] ?? 0;
        if (!Number.isInteger(cents) || cents < 0) {
          throw new Error(`${where}.${field} must be a non-negative integer number of cents, got ${cents}`);
        }
      }
      if (this.accounts.has(account.apiKey)) throw new Error(`${where}.apiKey is configured twice`);
      const n = index + 1;
      this.accounts.set(account.apiKey, {
        options: {
          apiKey: account.apiKey,
          name: account.name ?? `Emulator User ${n}`,
          email: account.email ?? `user${n}@emulator.runapi.test`,
        },
        paid: account.balanceCents,
        bonus: account.bonusCents ?? 0,
        spentTotal: 0,
        spentByDay: new Map(),
      });
    }
    if (this.accounts.size === 0) throw new Error("At least one account (API key) is needed");
  }

  has(apiKey: string): boolean {
    return this.accounts.has(apiKey);
  }

  keys(): string[] {
    return [...this.accounts.keys()];
  }

  /** What a new reservation may take. */
  available(apiKey: string): number {
    const account = this.get(apiKey);
    return roundCents(account.paid + account.bonus);
  }

  /**
   * Holds `cents` for a task, bonus credits first; false (and nothing held) when the balance cannot cover it.
   * `settleCents` is what completion will charge (default: all of it); amounts are rounded to a millionth of a cent.
   */
  reserve(apiKey: string, taskId: string, model: string, cents: number, settleCents = cents): boolean {
    if (this.available(apiKey) < cents) return false;
    const account = this.get(apiKey);
    const fromBonus = Math.min(account.bonus, cents);
    const fromPaid = roundCents(cents - fromBonus);
    account.bonus = roundCents(account.bonus - fromBonus);
    account.paid = roundCents(account.paid - fromPaid);
    this.entries.set(taskId, {
      taskId,
      apiKey,
      model,
      reservedCents: cents,
      chargedCents: 0,
      refundedCents: 0,
      movements: ["reserve"],
      fromBonus,
      fromPaid,
      settleCents: Math.min(Math.max(0, settleCents), cents),
    });
    return true;
  }

  /**
   * The task completed at `at`: what it costs becomes spending, and what the reservation held beyond that goes
   * back to the balance (paid credits first, since bonus credits were drawn first).
   */
  charge(taskId: string, at: number): void {
    const entry = this.openEntry(taskId);
    if (!entry) return;
    const cents = entry.settleCents;
    entry.chargedCents = cents;
    entry.movements.push("charge");
    const account = this.get(entry.apiKey);
    const unused = roundCents(entry.reservedCents - cents);
    const toPaid = Math.min(unused, entry.fromPaid);
    account.paid = roundCents(account.paid + toPaid);
    account.bonus = roundCents(account.bonus + unused - toPaid);
    account.spentTotal = roundCents(account.spentTotal + cents);
    const day = utcDay(at);
    account.spentByDay.set(day, roundCents((account.spentByDay.get(day) ?? 0) + cents));
  }

  /** The task failed: every reserved cent goes back where it came from. */
  refund(taskId: string): void {
    const entry = this.openEntry(taskId);
    if (!entry) return;
    entry.refundedCents = entry.reservedCents;
    entry.movements.push("refund");
    const account = this.get(entry.apiKey);
    account.bonus = roundCents(account.bonus + entry.fromBonus);
    account.paid = roundCents(account.paid + entry.fromPaid);
  }

  balance(apiKey: string, now = Date.now()): BalanceView {
    const account = this.get(apiKey);
    return {
      balance_cents: roundCents(account.paid + account.bonus),
      paid_balance_cents: account.paid,
      bonus_balance_cents: account.bonus,
      spent_cents_today: account.spentByDay.get(utcDay(now)) ?? 0,
      spent_cents_total: account.spentTotal,
    };
  }

  /** Ids are derived from the key, so they stay the same across restarts without revealing the key. */
  profile(apiKey: string): ProfileView {
    const { options } = this.get(apiKey);
    const hash = shortHash(apiKey);
    return {
      id: `usr_${hash}`,
      name: options.name,
      email: options.email,
      account: { id: `acct_${hash}`, name: options.name },
    };
  }

  ledger(): LedgerEntry[] {
    return [...this.entries.values()].map(
      ({ fromBonus: _bonus, fromPaid: _paid, settleCents: _settle, movements, ...entry }) => ({
        ...entry,
        movements: [...movements],
      }),
    );
  }

  /** The entry of a task whose money has not moved since the reservation; undefined once settled. */
  private openEntry(taskId: string): Entry | undefined {
    const entry = this.entries.get(taskId);
    return entry && entry.movements.length === 1 ? entry : undefined;
  }

  private get(apiKey: string): Account {
    const account = this.accounts.get(apiKey);
    // The key stays out of the message: errors end up in logs.
    if (!account) throw new Error(`No account has this API key (${this.accounts.size} configured)`);
    return account;
  }
}
