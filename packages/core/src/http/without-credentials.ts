/** A URL without the user and password it may carry, for anything printed or returned. */
export const withoutCredentials = (url: string): string =>
  url.replace(/^([a-z][a-z\d+.-]*:\/\/)[^/?#]*@/i, "$1");
