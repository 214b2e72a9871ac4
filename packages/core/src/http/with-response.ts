/** Parsed data with the HTTP response it came from. */
export interface WithResponse<T> {
  data: T;
  /** The raw response: `x-request-id`, `X-RunAPI-Task-Id`, rate-limit headers. Its body is already read. */
  response: Response;
}
