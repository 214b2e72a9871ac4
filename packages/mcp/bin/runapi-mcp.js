#!/usr/bin/env node
// `runapi-mcp`: the MCP server built into dist/. This file exists before any build, so installing the
// repository's workspace links the command without a warning.
import "../dist/server.js";
