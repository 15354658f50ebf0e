/** A word list written as one space- or newline-separated string, as a set. */
export const wordSet = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));
