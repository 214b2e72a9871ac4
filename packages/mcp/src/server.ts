#!/usr/bin/env node
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createServer } from "./create-server.js";
import { loadFamilies } from "./loaded-family.js";
import { selectFamilies } from "./select-families.js";

// stdout carries protocol frames only: a problem starting is told on stderr.
try {
  const families = await loadFamilies(selectFamilies(process.argv.slice(2), process.env));
  await createServer(families).connect(new StdioServerTransport());
} catch (error) {
  process.stderr.write(`runapi-mcp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
