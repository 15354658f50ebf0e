/**
 * Whether two different words differ by one letter added, dropped or changed: the misspellings
 * writers make in long names ("Deuteronoy", "Amoris Laetita").
 */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
