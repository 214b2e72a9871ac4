import type { WithResponse } from "../http/with-response.js";
import { ApiPromise } from "./api-promise.js";

/** One page of a list, as the API answers `GET /v1/files`. */
export interface ListPage<T> {
  object: "list";
  data: T[];
  /** The first item's id, null on an empty page. */
  first_id: string | null;
  /** The last item's id: the `after` of the next page. */
  last_id: string | null;
  /** Whether items follow this page. */
  has_more: boolean;
  [field: string]: unknown;
}

/**
 * What a list call returns: await it for the first page, or iterate it with `for await` for every item of every
 * page, each next page asked for `after` the last item's id.
 * @example for await (const file of client.persistentFiles.list()) console.log(file.filename);
 */
export class PagePromise<T> extends ApiPromise<ListPage<T>> implements AsyncIterable<T> {
  readonly #page: (after?: string) => Promise<WithResponse<ListPage<T>>>;

  /** `page` asks for the first page, or for the page after an id; the first is asked for at once. */
  constructor(page: (after?: string) => Promise<WithResponse<ListPage<T>>>) {
    super(page());
    this.#page = page;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void> {
    let { data: page } = await this.withResponse();
    for (;;) {
      yield* page.data;
      // No cursor (an empty page has none) ends the list whatever has_more says: asking again would loop.
      if (!page.has_more || !page.last_id) return;
      ({ data: page } = await this.#page(page.last_id));
    }
  }
}
