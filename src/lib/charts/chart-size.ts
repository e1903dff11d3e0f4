/**
 * How a target chart's bar labels wrap and how tall the chart is. Shared by the server, which
 * reserves the chart's final height with classes (so drawing it shifts nothing, and the CSP
 * forbids inline `style`), and by the browser, which draws the same wrapped labels. Kept apart
 * from target-charts.ts so that the chart script does not bundle the units and schemas.
 */

/** Widest label line in half-width units (a Chinese character is 2): 10 characters ≈ 120 px at 12 px. */
const MAX_LINE_UNITS = 20;
/** An indicator wraps into at most three lines, the period and organization into two. */
const MAX_INDICATOR_LINES = 3;
const MAX_PERIOD_LINES = 2;
/** The most rows the size classes express (two decimal digits); a longer chart gets this height. */
const MAX_SIZED_ROWS = 99;

// Chinese line-breaking rules: these never start a line, those never end one.
const NO_LINE_START = new Set('）〕］｝」』】》〉”’，、。；：！？％%)]},.;:!?·…');
const NO_LINE_END = new Set('（〔［｛「『【《〈“‘([{');

function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! > 0xff ? 2 : 1;
  return width;
}

/** Unbreakable pieces: a run of Latin letters and digits, or one other character, with its punctuation. */
function splitIntoPieces(text: string): string[] {
  const pieces: string[] = [];
  let pendingOpen = '';
  for (const [piece] of text.matchAll(/[A-Za-z0-9.%+\-/]+|\s+|./gsu)) {
    if (NO_LINE_END.has(piece)) {
      pendingOpen += piece;
    } else if (NO_LINE_START.has(piece) && pieces.length > 0 && pendingOpen === '') {
      pieces.push(`${pieces.pop()!}${piece}`);
    } else {
      pieces.push(pendingOpen + piece);
      pendingOpen = '';
    }
  }
  if (pendingOpen !== '') pieces.push(pendingOpen);
  return pieces;
}

/** Wraps text into lines of at most `maxUnits`; beyond `maxLines` the last line ends with `…`. */
export function wrapText(text: string, maxUnits: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of splitIntoPieces(text.trim())) {
    if (line !== '' && widthOf(line + piece) > maxUnits) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line += piece;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  // Labels hold no emoji or combining marks, so dropping the last code point drops one character.
  while (last.length > 0 && widthOf(`${last}…`) > maxUnits)
    last = last.slice(0, last.codePointAt(last.length - 2)! > 0xffff ? -2 : -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** A bar's label as chart.js draws it: the indicator, then its period, each wrapped to a narrow column. */
export function wrapChartLabel(label: readonly [string, string]): string[] {
  return [
    ...wrapText(label[0], MAX_LINE_UNITS, MAX_INDICATOR_LINES),
    ...wrapText(label[1], MAX_LINE_UNITS, MAX_PERIOD_LINES),
  ];
}

/**
 * Classes that size a chart's box (TargetChart.astro turns them into a height): its row count as
 * two digits, and the line count of its tallest label, which sets every row's height.
 */
export function chartSizeClasses(rows: readonly { label: readonly [string, string] }[]): string[] {
  const count = Math.min(rows.length, MAX_SIZED_ROWS);
  const lines = Math.max(2, ...rows.map((row) => wrapChartLabel(row.label).length));
  return [`rows-tens-${Math.floor(count / 10)}`, `rows-ones-${count % 10}`, `label-lines-${lines}`];
}
