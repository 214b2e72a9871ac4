import type { WithResponse } from "../http/with-response.js";

/**
 * The promise every request method returns: await it for the data, or call `withResponse()` for the data
 * and the raw `Response`.
 * @example const { data: task, response } = await client.create(params).withResponse();
 */
export class ApiPromise<T> extends Promise<T> {
  // then/catch/finally build plain promises, not ApiPromises.
  static override get [Symbol.species]() {
    return Promise;
  }

  readonly #raw: Promise<WithResponse<T>>;

  constructor(raw: Promise<WithResponse<T>>) {
    // The base promise never settles; `then` reads from `raw`, so an unobserved failure is reported once.
    super(() => {});
    this.#raw = raw;
  }

  withResponse(): Promise<WithResponse<T>> {
    return this.#raw;
  }

  // biome-ignore lint/suspicious/noThenProperty: overriding then() is what makes this a promise of the data.
  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    // One step, not two: awaiting a request costs no extra promise.
    return this.#raw.then(
      (result) => (onFulfilled ? onFulfilled(result.data) : (result.data as unknown as A)),
      onRejected,
    );
  }
}
