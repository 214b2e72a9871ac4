export type { Account, Balance, Profile } from "./account.js";
export { actionProperty } from "./action-property.js";
export type { WithResponse } from "./api-promise.js";
export { ApiPromise } from "./api-promise.js";
export type { CallbackOf, CallbackTask } from "./callback.js";
export { parseCallback } from "./callback.js";
export type {
  ActionClient,
  CreatedTaskOf,
  CreateOptions,
  ModelId,
  ParamsOf,
  SyncActionClient,
  TaskActionClient,
  TaskMeta,
  TaskModelId,
  TaskOf,
  TaskRef,
} from "./client.js";
export { RunAPIClient } from "./client.js";
export type { ClientOptions } from "./client-options.js";
export { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from "./client-options.js";
export type { Download, Downloadable, DownloadOptions, FileOutput, WithDownloads } from "./download.js";
export type { ErrorDetails, TaskLike, ValidationIssue } from "./errors.js";
export {
  AbortError,
  AuthenticationError,
  ConnectionError,
  RunAPIError,
  TaskFailedError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  WaitTimeoutError,
} from "./errors.js";
export type { CostEstimate, ExactCost, RateCost, TokenCost, UnknownCost } from "./estimate-cost.js";
export { pick, priceFor } from "./estimate-cost.js";
export type { UrlRequestOptions } from "./fetch-url.js";
export type { FileInput } from "./file-input.js";
export type { FileSourceOptions, Files, UploadOptions } from "./files.js";
export {
  ConflictError,
  FileExpiredError,
  InsufficientCreditsError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  ServiceUnavailableError,
} from "./http-errors.js";
export type { LocalFileMode, WithFileInputs } from "./local-files.js";
export { MAX_UPLOAD_BYTES } from "./local-files.js";
export type { Logger, LogLevel } from "./logger.js";
export type { PriceQuery, PriceQuote, PriceSchedule, PriceSchedules, Prices } from "./prices.js";
export type { RequestOptions } from "./request.js";
export { DEFAULT_MAX_RETRIES } from "./retry.js";
export type { UploadedFile } from "./upload-file.js";
export { validateInput } from "./validate-input.js";
export type {
  ActionShape,
  Catalog,
  InputSchema,
  ModelMap,
  PerSecondPriceRule,
  PriceMatrix,
  PriceRule,
  PriceTable,
  Rule,
  TablePriceRule,
  TaskKind,
  TaskShape,
  TokenPriceRule,
  UnknownPriceRule,
  Variant,
  VariantStatus,
} from "./variant.js";
export { VERSION } from "./version.js";
export type { WaitOptions, WaitProgress } from "./watch-task.js";
export { DEFAULT_MAX_DELAY_MS, DEFAULT_MIN_DELAY_MS, DEFAULT_WAIT_TIMEOUT_MS } from "./watch-task.js";
