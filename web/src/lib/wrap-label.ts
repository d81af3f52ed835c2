/**
 * A category label wrapped on up to two lines (long reasons, "Brussels Hoofdstedelijk Gewest");
 * what still does not fit ends in "…", and the whole label is the tick's title (hover) and in the table.
 */
export function wrapLabel(label: string, maxChars: number, maxLines = 2): string[] {
  const words = label.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  if (lines.length > maxLines || kept[last]!.length > maxChars) {
    const rest = lines.length > maxLines ? `${kept[last]} ${lines.slice(maxLines).join(' ')}` : kept[last]!;
    kept[last] = `${rest.slice(0, maxChars - 1)}…`;
  }
  return kept;
}
