#!/usr/bin/env node
// `npx @runapi.ai/emulator`: the CLI built into dist/. This file exists before any build, so installing the
// repository's workspace links the command without a warning.
import "../dist/cli.js";
