export type {
  AccountOptions,
  BalanceView,
  LedgerEntry,
  Movement,
  ProfileView,
} from "./accounts.js";
export { DEFAULT_BALANCE_CENTS } from "./accounts.js";
export type { CallbackDelivery } from "./callbacks.js";
export type { FaultKind, FaultRule, Faults, RandomFaults } from "./faults.js";
export type { FileInfo, FileView } from "./files.js";
export type { PriceSchedule } from "./prices.js";
export type { RateLimitOptions } from "./rate-limit.js";
export { encodePng, renderPromptPng } from "./render-png.js";
export {
  DEFAULT_API_KEY,
  DEFAULT_OUTPUT_TTL_MS,
  type Emulator,
  type EmulatorOptions,
  startEmulator,
} from "./server.js";
export type { RecordedRequest } from "./state.js";
