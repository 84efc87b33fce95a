/**
 * Splits a long category name into lines of at most `maxLine` characters where words allow
 * (Chart.js draws an array as one line each), so bar charts keep room for their bars on narrow
 * screens: "Hang Seng Tech Index" → ["Hang Seng", "Tech Index"].
 */
export function wrapCategoryLabel(label: string, maxLine = 12): string | string[] {
  if (label.length <= maxLine) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length === 1 ? lines[0]! : lines;
}
