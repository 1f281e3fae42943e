import { findMeasurement, ratioToBaseline, type Measurement, type ScaleResult, type Subject } from './measurements.ts';

/** One budget's verdict at one scale; `pass` undefined when it could not be measured. */
export interface BudgetLine {
  pass: boolean | undefined;
  text: string;
  /** A figure shown beside a budget, not a budget of its own. */
  info?: boolean;
}

/** The budgets of the performance issue, in one place. */
export const BUDGETS = {
  warmVsAstroDefault: 1.5,
  coldVsAstroUnified: 1.5,
  /** 16× content may take at most 18× the 1× time: growth stays linear with 12.5 % slack. */
  growthSlack: 18 / 16,
  checkSeconds: new Map([[1, 1], [16, 5]]),
  devEditMs: 500,
  pageKb: 60,
  queryKb: 300,
} as const;

export function evaluateBudgets(results: readonly ScaleResult[]): BudgetLine[] {
  return [...results.flatMap(evaluateScale), ...evaluateGrowth(results)];
}

function evaluateScale(result: ScaleResult): BudgetLine[] {
  return [...evaluateBuilds(result), ...evaluateDev(result), ...evaluatePages(result), ...evaluateSearch(result)];
}

function evaluateBuilds(result: ScaleResult): BudgetLine[] {
  const at = `at ${result.scale}×`;
  const ratio = (step: Measurement['step'], baseline: Subject) => {
    const ours = findMeasurement(result, 'rapporteur', step);
    const found = ours && ratioToBaseline(result, ours, baseline);
    return { value: found?.ratio, how: found?.pairs ? ` (median of ${found.pairs} run${found.pairs === 1 ? '' : 's'} in turns)` : '' };
  };
  const warm = ratio('warm build', 'astro-default');
  const cold = ratio('cold build', 'astro-unified');
  const edited = ratio('warm build, 1 edit', 'astro-default');
  const lines = [
    compare(`warm build ≤ ${BUDGETS.warmVsAstroDefault}× bare Astro (default engine) warm build ${at}`, warm.value, BUDGETS.warmVsAstroDefault, '×', undefined, warm.how),
    // A warm build re-uses every cache; after an editor's change some work is redone: shown beside it.
    { ...compare(`  the same after editing one activity ${at}`, edited.value, BUDGETS.warmVsAstroDefault, '×', undefined, edited.how), info: true },
    compare(`cold build ≤ ${BUDGETS.coldVsAstroUnified}× bare Astro (unified) cold build ${at}`, cold.value, BUDGETS.coldVsAstroUnified, '×', undefined, cold.how),
  ];
  const checkLimit = BUDGETS.checkSeconds.get(result.scale);
  if (checkLimit !== undefined) lines.push(compare(`npm run check ≤ ${checkLimit} s ${at}`, findMeasurement(result, 'rapporteur', 'check')?.seconds, checkLimit, ' s'));
  return lines;
}

function evaluateDev(result: ScaleResult): BudgetLine[] {
  const at = `at ${result.scale}×`;
  const dev = findMeasurement(result, 'rapporteur', 'dev edit')?.seconds;
  const lines = [compare(`edit shows in npm run dev ≤ ${BUDGETS.devEditMs} ms ${at} (median)`, dev === undefined ? undefined : dev * 1000, BUDGETS.devEditMs, ' ms')];
  const frontMatter = findMeasurement(result, 'rapporteur', 'dev edit, front matter')?.seconds;
  if (frontMatter !== undefined) lines.push({ pass: undefined, info: true, text: `  a new title in the front matter ${at}: ${(frontMatter * 1000).toFixed(0)} ms (front matter goes through Astro's store; src/site/saved-texts.ts)` });
  const bareDev = findMeasurement(result, 'astro-default', 'dev edit')?.seconds;
  if (bareDev !== undefined) lines.push({ pass: undefined, info: true, text: `  the same edit in bare Astro (default engine) ${at}: ${(bareDev * 1000).toFixed(0)} ms (Astro writes its dev content store at most every 500 ms)` });
  return lines;
}

function evaluatePages(result: ScaleResult): BudgetLine[] {
  if (!result.pageReport) return [];
  const at = `at ${result.scale}×`;
  const { weights, pagesWithScript } = result.pageReport;
  const scripted = pagesWithScript.length ? `: ${pagesWithScript.slice(0, 3).join(', ')}${pagesWithScript.length > 3 ? ', …' : ''}` : '';
  return [
    checkPageWeights(`HTML + CSS per page ≤ ${BUDGETS.pageKb} KB (inline SVG excepted) ${at}`, weights),
    // Print editions hold a whole publication on one page, for the PDF: shown apart, for information.
    { ...checkPageWeights(`  the same, print editions (…/print/) left out ${at}`, weights.filter((w) => !w.page.includes('/print/'))), info: true },
    { pass: pagesWithScript.length === 0, text: `no JavaScript on pages other than /search/ ${at} (${pagesWithScript.length} page(s) with script${scripted})` },
  ];
}

function evaluateSearch(result: ScaleResult): BudgetLine[] {
  const at = `at ${result.scale}×`;
  const search = result.search;
  const query = search?.available ? search.queryKb : undefined;
  const why = search?.available === false ? search.reason : search?.available ? search.queryNote : undefined;
  const lines = [compare(`a query for a common word fetches ≤ ${BUDGETS.queryKb} KB of index ${at}`, query, BUDGETS.queryKb, ' KB', why)];
  if (search?.available && search.queryTotalKb !== undefined) {
    lines.push({ pass: undefined, info: true, text: `  with Pagefind's script, styles and WebAssembly ${at}: ${search.queryTotalKb.toFixed(0)} KB` });
  }
  return lines;
}

/** 16× content in ≤ 18× the 1× time, for cold and warm builds: the largest scale against 1×. */
function evaluateGrowth(results: readonly ScaleResult[]): BudgetLine[] {
  const base = results.find((r) => r.scale === 1);
  const top = [...results].sort((a, b) => b.scale - a.scale)[0];
  if (!base || !top || top.scale <= 1) return [];
  const limit = top.scale * BUDGETS.growthSlack;
  return (['cold build', 'warm build'] as const).map((step) => {
    const a = findMeasurement(base, 'rapporteur', step)?.seconds;
    const b = findMeasurement(top, 'rapporteur', step)?.seconds;
    return compare(`linear growth: ${step} at ${top.scale}× ≤ ${limit}× the 1× time`, a && b ? b / a : undefined, limit, '×');
  });
}

function checkPageWeights(what: string, weights: readonly { page: string; kb: number }[]): BudgetLine {
  const over = weights.filter((w) => w.kb > BUDGETS.pageKb);
  const heaviest = over.slice(0, 3).map((w) => `/${w.page.replace(/index\.html$/, '')} ${w.kb.toFixed(0)} KB`).join(', ');
  const text = `${what}: ${over.length} of ${weights.length} page(s) over${heaviest ? ` (${heaviest}${over.length > 3 ? ', …' : ''})` : `; heaviest ${weights[0]?.kb.toFixed(1) ?? 0} KB`}`;
  return { pass: over.length === 0, text };
}

function compare(what: string, value: number | undefined, limit: number, unit: string, reason = 'not measured', how = ''): BudgetLine {
  if (value === undefined) return { pass: undefined, text: `${what}: n/a (${reason})` };
  const shown = unit === '×' ? `${value.toFixed(2)}×` : `${value.toFixed(unit === ' ms' ? 0 : 2)}${unit}`;
  return { pass: value <= limit, text: `${what}: ${shown}${how}` };
}

export function formatBudgetLine(line: BudgetLine): string {
  return `${line.info ? 'INFO' : line.pass === undefined ? 'N/A ' : line.pass ? 'PASS' : 'FAIL'}  ${line.text}`;
}
