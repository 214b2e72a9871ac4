export type { Account, Balance, Profile } from "./account/account.js";
export type { CallbackOf, CallbackTask } from "./callbacks/parse-callback.js";
export { parseCallback } from "./callbacks/parse-callback.js";
export { actionProperty } from "./catalog/action-property.js";
export type { Catalog, TaskKind, Variant, VariantStatus } from "./catalog/catalog.js";
export type {
  ActionShape,
  CostOf,
  CreatedTaskOf,
  ModelId,
  ModelMap,
  ParamsOf,
  TaskModelId,
  TaskShape,
} from "./catalog/model-map.js";
export type {
  ActionClient,
  CreateOptions,
  SyncActionClient,
  TaskActionClient,
  TaskMeta,
  TaskOf,
  TaskRef,
} from "./client/action-client.js";
export { ApiPromise } from "./client/api-promise.js";
export type { ClientOptions } from "./client/client-options.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_DOWNLOAD_BYTES,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
} from "./client/client-options.js";
export type { ListPage } from "./client/page-promise.js";
export { PagePromise } from "./client/page-promise.js";
export { RunAPIClient } from "./client/runapi-client.js";
export type { ErrorDetails, TaskLike, ValidationIssue } from "./errors/error-ladder.js";
export {
  AbortError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  FileExpiredError,
  InsufficientCreditsError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  RunAPIError,
  ServiceUnavailableError,
  TaskFailedError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  WaitTimeoutError,
} from "./errors/error-ladder.js";
export type {
  ConsumeOption,
  Download,
  Downloadable,
  DownloadOptions,
  FileOutput,
  WithDownloads,
} from "./files/download.js";
export type { FileInput } from "./files/file-input.js";
export type { FileSourceOptions, Files, UploadOptions } from "./files/files.js";
export type { LocalFileMode, WithFileInputs } from "./files/local-files.js";
export { MAX_UPLOAD_BYTES } from "./files/max-upload-bytes.js";
export type {
  DeletedFile,
  FileListQuery,
  FilePurpose,
  PersistentFile,
  PersistentFileOptions,
  PersistentFiles,
} from "./files/persistent-files.js";
export type { UploadedFile } from "./files/upload-file.js";
export type { UploadInPartsOptions, UploadProgress } from "./files/upload-in-parts.js";
export type {
  PartData,
  Upload,
  UploadCompletion,
  UploadParams,
  UploadPart,
  UploadStatus,
} from "./files/upload-requests.js";
export type { Uploads } from "./files/uploads.js";
export type { UrlRequestOptions } from "./http/fetch-url.js";
export { DEFAULT_MAX_RETRIES } from "./http/retry-policy.js";
export type { RequestOptions } from "./http/send-request.js";
export type { WithResponse } from "./http/with-response.js";
export type { Logger, LogLevel } from "./logging/logger.js";
export type { CostEstimate, ExactCost, RateCost, TokenCost, UnknownCost } from "./pricing/cost-estimate.js";
export type {
  BillingConfig,
  PriceQuery,
  PriceQuote,
  PriceSchedule,
  PriceSchedules,
  Prices,
} from "./pricing/live-prices.js";
export { pick } from "./pricing/pick.js";
export { priceFor } from "./pricing/price-for.js";
export type {
  PerSecondPriceRule,
  PriceMatrix,
  PriceRule,
  PriceTable,
  TablePriceRule,
  TokenPriceRule,
  UnknownPriceRule,
} from "./pricing/price-rule.js";
export type { WaitOptions, WaitProgress } from "./tasks/watch-task.js";
export { DEFAULT_MAX_DELAY_MS, DEFAULT_MIN_DELAY_MS, DEFAULT_WAIT_TIMEOUT_MS } from "./tasks/watch-task.js";
export type { InputSchema, Rule } from "./validation/input-schema.js";
export { type ValidateInputOptions, validateInput } from "./validation/validate-input.js";
export { VERSION } from "./version.js";
