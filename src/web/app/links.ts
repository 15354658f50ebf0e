/** The app's hash routes, in one place so views link to each other without importing each other. */

export function readHref(id: string): string {
  return `#/read/${encodeURIComponent(id)}`;
}

/** The corpus view with its filters set, e.g. `{ cluster: "c_1" }`. */
export function corpusHref(filters: Record<string, string>): string {
  return `#/corpus?${new URLSearchParams(filters)}`;
}
