#!/usr/bin/env node
// The only place that ends the process: main returns an exit code.
import { main } from "../dist/cli/main.js";

process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0); // reader went away (| head): not an error
  throw err;
});

const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
