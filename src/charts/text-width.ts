/**
 * Text widths for chart layout without a canvas. Vega measures text with node-canvas when it
 * is installed and otherwise guesses 0.8 em per character, which makes long labels far too
 * wide. These are Helvetica's advance widths (per 1000 em, ASCII 32-126), a fair stand-in for
 * the system sans-serif fonts the site uses; relying on them rather than on whatever canvas is
 * installed also keeps the SVG identical from one machine to the next.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];

/** Width of characters outside ASCII (en dash, accented letters): an average lowercase letter. */
const OTHER_WIDTH = 556;
/** Bold faces run about 6% wider. */
const BOLD_FACTOR = 1.06;
/**
 * Helvetica is among the narrower faces a reader may have: DejaVu Sans, the default sans on
 * many Linux systems, sets the same text about 12% wider. Laying out for the wider face keeps
 * labels inside the SVG everywhere; narrower faces just leave a little more air.
 */
const WIDEST_FACE = 1.12;

/** Width in px of `text` set at `fontSize` px, bold or not. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? ASCII_WIDTHS[code - 32]! : OTHER_WIDTH;
  }
  return (units / 1000) * fontSize * WIDEST_FACE * (bold ? BOLD_FACTOR : 1);
}

/** Vega's text item, as much of it as widths depend on. */
interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  text?: unknown;
}

/** A drop-in for vega's `textMetrics.width(item, text)`. */
export function measureVegaText(item: TextItem, text?: unknown): number {
  const value = String(text ?? item.text ?? '').trim();
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  return estimateTextWidth(value, item.fontSize ?? 11, bold);
}

/**
 * Breaks a label into lines of at most `width` characters at spaces, for axis labels too long
 * for one line (survey workshop names run to 80 characters).
 */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
