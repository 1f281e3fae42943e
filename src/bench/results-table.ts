import { BASELINES, ratioToBaseline, type Measurement, type ScaleResult } from './measurements.ts';

const HEADER = ['scale', 'subject', 'step', 'pages', 'wall s', 'cpu s', 'pages/s', 'peak MB', '× astro-default', '× astro-unified', '× hugo'];

/**
 * The results as a Markdown table: one row per measured step, and for our builds the ratio
 * of our time to each baseline's same step (cold to cold, warm to warm) at the same scale:
 * the median of the runs' ratios when the builds ran in turns (ratioToBaseline).
 */
export function formatResultsTable(results: readonly ScaleResult[]): string {
  const rows = results.flatMap((result) => result.measurements.map((m) => formatRow(result, m)));
  return [HEADER, HEADER.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function formatRow(result: ScaleResult, m: Measurement): string[] {
  const pagesPerSecond = m.pages && m.seconds && m.step.includes('build') ? (m.pages / m.seconds).toFixed(0) : '';
  const ratios = BASELINES.map((baseline) => (m.subject === 'rapporteur' ? (ratioToBaseline(result, m, baseline)?.ratio.toFixed(2) ?? '') : ''));
  const seconds = m.seconds === undefined ? `n/a${m.note ? ` (${m.note})` : ''}` : m.step.startsWith('dev edit') ? `${m.seconds.toFixed(3)}${m.note ? ` (${m.note})` : ''}` : `${m.seconds.toFixed(2)}${m.note ? ` (${m.note})` : ''}`;
  return [`${result.scale}×`, m.subject, m.step, m.pages === undefined ? '' : String(m.pages), seconds, m.cpuSeconds === undefined ? '' : m.cpuSeconds.toFixed(2), pagesPerSecond, m.peakMb === undefined ? '' : m.peakMb.toFixed(0), ...ratios];
}

/** What each scale's corpus held and what its pages weigh. */
export function formatCorpusTable(results: readonly ScaleResult[]): string {
  const header = ['scale', 'fiscal years', 'activities', 'newsletter issues', 'survey rounds', 'reports', 'content files', 'pages', 'median page KB', 'max page KB', 'pagefind index KB', 'query KB'];
  const rows = results.map(({ scale, corpus, pageReport, search }) => [
    `${scale}×`, corpus.fiscalYears.length, corpus.activities, corpus.issues, corpus.rounds, corpus.reports, corpus.files,
    pageReport?.pages ?? '', pageReport?.medianKb.toFixed(1) ?? '', pageReport?.weights[0]?.kb.toFixed(1) ?? '',
    search?.available ? search.indexKb.toFixed(0) : 'n/a', search?.available ? (search.queryKb?.toFixed(0) ?? 'n/a') : 'n/a',
  ].map(String));
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
