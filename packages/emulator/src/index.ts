export type { PriceSchedule } from "@runapi.ai/core";
export type { CallbackDelivery } from "./callbacks/callbacks.js";
export type { FaultKind, FaultRule, Faults, RandomFaults } from "./faults/fault-rule.js";
export type { RateLimitOptions } from "./faults/rate-limiter.js";
export type { RecordedRequest } from "./http/request.js";
export {
  DEFAULT_API_KEY,
  DEFAULT_OUTPUT_TTL_MS,
  type Emulator,
  type EmulatorOptions,
  startEmulator,
} from "./http/server.js";
export { encodePng, renderPromptPng } from "./outputs/render-png.js";
export type { AccountOptions, BalanceView, LedgerEntry, Movement, ProfileView } from "./state/accounts.js";
export { DEFAULT_BALANCE_CENTS } from "./state/accounts.js";
export type { HybridAnswer } from "./state/emulator-state.js";
export type { FileInfo, FileView } from "./state/file-store.js";
