/** A citation before it becomes an annotation: offsets into the text and a normalised ref. */
export interface Found {
  label: "scripture" | "hadith" | "agency" | "document" | "url";
  ref: string;
  start: number;
  end: number;
  why: string;
  passage?: { start: number; end: number };
}
