declare const __RUNAPI_CORE_VERSION__: string;

/** This package's version, injected at build time. */
export const VERSION: string =
  typeof __RUNAPI_CORE_VERSION__ === "string" ? __RUNAPI_CORE_VERSION__ : "0.0.0-dev";
