import type { CommandSpec } from "../command.js";
import { evalCommand } from "./eval.js";
import { trainCommand } from "./train.js";

/** Top-level commands of `unspun`, in the order help lists them. */
export const commands: CommandSpec[] = [trainCommand, evalCommand];
