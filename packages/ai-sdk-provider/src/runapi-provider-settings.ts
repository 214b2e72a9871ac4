/** How a RunAPI provider reaches the API. Every setting is optional. */
export interface RunAPIProviderSettings {
  /** Your RunAPI key; default: RUNAPI_API_KEY, else RUNAPI_KEY, read when a model is called. */
  apiKey?: string;
  /** The API origin; default: RUNAPI_BASE_URL, else https://runapi.ai (an emulator's URL in tests). */
  baseURL?: string;
  /** A `fetch` to use instead of the global one (a proxy, a test server). */
  fetch?: typeof fetch;
  /** Headers sent with every API request, under each call's own `headers`. */
  headers?: Record<string, string>;
}
