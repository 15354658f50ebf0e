import type { CommandSpec } from "../command.js";
import { clustersCommand } from "./clusters.js";
import { errorsCommand } from "./errors.js";
import { evalCommand } from "./eval.js";
import { ingestCommand } from "./ingest.js";
import { labelSpansCommand } from "./label-spans.js";
import { searchCommand } from "./search.js";
import { serveCommand } from "./serve.js";
import { statsCommand } from "./stats.js";
import { trainCommand } from "./train.js";

/** Top-level commands of `unspun`, in the order help lists them. */
export const commands: CommandSpec[] = [
  trainCommand,
  evalCommand,
  ingestCommand,
  searchCommand,
  clustersCommand,
  statsCommand,
  errorsCommand,
  serveCommand,
  labelSpansCommand,
];
