import { migration as initial } from "./001_initial.js";

/** SQLite schema versions, applied in order; never edit a released one, add the next. */
export const sqliteMigrations = [initial];
