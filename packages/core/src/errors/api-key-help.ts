/** How an SDK user gives the client its key, in the words of every error about the key. */
export const API_KEY_HELP =
  "give it as new RunAPI(key) or new RunAPI({ apiKey }), or set RUNAPI_API_KEY (or RUNAPI_KEY) in the environment";
