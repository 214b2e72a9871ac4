export type { FaultKind, FaultRule, Faults, RandomFaults } from "./faults.js";
export { encodePng, renderPromptPng } from "./render-png.js";
export type { RecordedRequest } from "./routes.js";
export { DEFAULT_API_KEY, type Emulator, type EmulatorOptions, startEmulator } from "./server.js";
