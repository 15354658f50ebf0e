import type { CommandSpec } from "../command.js";
import { trainAttributionsCommand } from "./train-attributions.js";
import { trainEntitiesCommand } from "./train-entities.js";
import { trainOutletsCommand } from "./train-outlets.js";
import { trainTechniquesCommand } from "./train-techniques.js";

/** `unspun train SUBJECT`: each trainable model is a subcommand, added here. */
export const trainCommand: CommandSpec = {
  name: "train",
  description: "Train a model from an annotated corpus, deterministically, writing it with its provenance.",
  subcommands: [trainEntitiesCommand, trainAttributionsCommand, trainTechniquesCommand, trainOutletsCommand],
};
