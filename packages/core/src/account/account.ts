import type { ApiPromise } from "../client/api-promise.js";
import { type RequestOptions, sendRequest } from "../http/send-request.js";
import type { Transport } from "../http/transport.js";
import type { WithResponse } from "../http/with-response.js";

/** `GET /api/v1/me`: who the API key belongs to. */
export interface Profile {
  id: string;
  name: string;
  email: string;
  account: { id: string; name: string };
}

/** `GET /api/v1/me/balance`, in US cents. */
export interface Balance {
  /** What new tasks may spend: paid plus bonus credits. */
  balance_cents: number;
  paid_balance_cents: number;
  /** Promotional credits, spent before paid ones. */
  bonus_balance_cents: number;
  /** Charges settled today (UTC); reservations of running tasks and refunds are not spending. */
  spent_cents_today: number;
  spent_cents_total: number;
}

/** `client.account`: the profile and the balance of the API key's account. */
export interface Account {
  /**
   * Who the key belongs to.
   * @example const { email, account } = await client.account.me();
   */
  me(options?: RequestOptions): ApiPromise<Profile>;
  /**
   * The balance; a running task's price is already held, and given back if the task fails.
   * @example const { balance_cents } = await client.account.balance();
   */
  balance(options?: RequestOptions): ApiPromise<Balance>;
}

// Loaded on first use of `client.account`.
const getJson = <T>(transport: Transport, path: string, options?: RequestOptions) =>
  sendRequest<T>(transport, { ...options, method: "GET", path });

export const me = (transport: Transport, options?: RequestOptions): Promise<WithResponse<Profile>> =>
  getJson(transport, "/api/v1/me", options);

export const balance = (transport: Transport, options?: RequestOptions): Promise<WithResponse<Balance>> =>
  getJson(transport, "/api/v1/me/balance", options);
