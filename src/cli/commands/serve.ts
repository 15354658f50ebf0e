import { createApp, DEFAULT_MAX_BODY_BYTES } from "../../http/app.js";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "../../http/server.js";
import { createWorkerPool } from "../../runner/pool.js";
import { CliError, type CommandContext, type CommandSpec } from "../command.js";
import { analyzerOptions, analyzerSelection, intOption } from "../options.js";
import { dbOption, openDb } from "./ingest.js";

/** Runs the server until `stop` settles, then closes it and the store. */
export async function serveUntil(ctx: CommandContext, stop: Promise<unknown>): Promise<number> {
  const { values, io } = ctx;
  const port = intOption(values.port, "port", 0) ?? DEFAULT_PORT;
  if (port > 65535) throw new CliError("E_USAGE", `--port must be at most 65535, got '${values.port}'`);
  const maxBodyBytes = intOption(values["max-body-bytes"], "max-body-bytes", 1) ?? DEFAULT_MAX_BODY_BYTES;
  const host = typeof values.host === "string" ? values.host : DEFAULT_HOST;
  const token = (typeof values.token === "string" ? values.token : io.env.UNSPUN_TOKEN) || undefined;
  const jobs = intOption(values.jobs, "jobs", 1) ?? 1;
  const pool = createWorkerPool(jobs, analyzerSelection(values));
  const store = await openDb(ctx).catch(async (error) => {
    await pool.close();
    throw error;
  });
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(createApp({ store, pool, token, maxBodyBytes, web: !values["no-web"] }), {
      host,
      port,
    });
  } catch (error) {
    await pool.close();
    await store.close();
    throw new CliError("E_LISTEN", `cannot listen on ${host}:${port}: ${(error as Error).message}`);
  }
  io.stderr.write(
    `unspun: serving ${server.url} (store: ${store.kind}${token ? ", writes need the token" : ""}); Ctrl-C stops\n`,
  );
  if (!token && host !== DEFAULT_HOST && host !== "localhost" && host !== "::1") {
    io.stderr.write(
      "unspun: warning: listening beyond loopback without --token: anyone who can reach it can write\n",
    );
  }
  await stop;
  await server.close();
  await pool.close();
  await store.close();
  return 0;
}

export const serveCommand: CommandSpec = {
  name: "serve",
  description:
    "Serve the HTTP API (and the web UI) over a corpus store; loopback only unless --host is given.",
  options: {
    db: dbOption,
    port: {
      type: "string",
      short: "p",
      hint: "N",
      default: String(DEFAULT_PORT),
      description: "Port (0 picks a free one)",
    },
    host: { type: "string", hint: "ADDR", default: DEFAULT_HOST, description: "Address to bind" },
    token: {
      type: "string",
      hint: "TOKEN",
      description: "Require this bearer token for writes (default $UNSPUN_TOKEN)",
    },
    "max-body-bytes": {
      type: "string",
      hint: "N",
      default: String(DEFAULT_MAX_BODY_BYTES),
      description: "Largest request body; larger ones get 413",
    },
    jobs: {
      type: "string",
      short: "j",
      hint: "N",
      default: "1",
      description: "Worker threads that analyse requests (the request thread never does)",
    },
    ...analyzerOptions,
    "no-web": { type: "boolean", description: "Serve the API only, not the web UI" },
  },
  run(ctx) {
    const stop = new Promise<string>((resolve) => {
      process.once("SIGINT", () => resolve("SIGINT"));
      process.once("SIGTERM", () => resolve("SIGTERM"));
    });
    return serveUntil(ctx, stop);
  },
};
