const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small counts in words, as the staff chapter writes them ("two from Japan"); 11 and up as digits. */
export function countInWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}
