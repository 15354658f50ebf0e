import type { CommandSpec } from "../command.js";
import { evalAttributionsCommand } from "./eval-attributions.js";
import { evalEntitiesCommand } from "./eval-entities.js";
import { evalMobilizationCommand } from "./eval-mobilization.js";
import { evalSyndicationCommand } from "./eval-syndication.js";
import { evalTechniquesCommand } from "./eval-techniques.js";

/** `unspun eval SUBJECT`: each subject is a command of its own, added here. */
export const evalCommand: CommandSpec = {
  name: "eval",
  description: "Score analyzers against gold annotations with the research community's metrics.",
  subcommands: [
    evalMobilizationCommand,
    evalSyndicationCommand,
    evalAttributionsCommand,
    evalEntitiesCommand,
    evalTechniquesCommand,
  ],
};
