#!/usr/bin/env node
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createServer } from "./create-server.js";
import { httpPort } from "./http-option.js";
import { serveHttp } from "./http-server.js";
import { loadFamilies } from "./loaded-family.js";
import { selectFamilies } from "./select-families.js";

// stdout carries protocol frames only: a problem starting, and where HTTP is served, are told on stderr.
try {
  const argv = process.argv.slice(2);
  const port = httpPort(argv);
  const families = await loadFamilies(selectFamilies(argv, process.env));
  if (port === undefined) {
    await createServer(families).connect(new StdioServerTransport());
  } else {
    const { url } = await serveHttp(families, port);
    process.stderr.write(`runapi-mcp: serving MCP over HTTP at ${url}\n`);
  }
} catch (error) {
  process.stderr.write(`runapi-mcp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
