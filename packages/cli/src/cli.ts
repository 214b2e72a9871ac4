#!/usr/bin/env node
import { run } from "./program.js";

// A reader that stops early (`runapi models | head`) closes the pipe: the command ends there, quietly and
// successfully, as other command-line tools do, instead of failing on a write nobody will read.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2));
