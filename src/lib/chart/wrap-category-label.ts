import { packLines } from './pack-lines.ts';

/**
 * Splits a long category name into lines of at most `maxLine` characters where words allow
 * (Chart.js draws an array as one line each), so bar charts keep room for their bars on narrow
 * screens: "Hang Seng Tech Index" → ["Hang Seng", "Tech Index"].
 */
export function wrapCategoryLabel(label: string, maxLine = 12): string | string[] {
  if (label.length <= maxLine) return label;
  const lines = packLines(label.split(' '), (line) => line.length <= maxLine);
  return lines.length === 1 ? lines[0]! : lines;
}
