import { isMap, isSeq, parseDocument } from 'yaml';
import { CONTENT_FILES } from '../content-files.ts';
import { countReplies } from '../model/survey-totals.ts';
import { readText, type ShippedCorpus } from './read-shipped.ts';

/**
 * data/history.yaml for the corpus: the shipped file, with
 * - a participation entry for every synthetic fiscal year, copied from the shipped report's
 *   year (each report quotes its own and the previous year's participation);
 * - reply rates only for rounds without a data file in the corpus: a shipped round that is
 *   not copied keeps its rate here (computed by the model from its counts), and a stated
 *   rate for a round that now has data is dropped, as history holds only what no survey
 *   file holds.
 */
export function generateHistory(shipped: ShippedCorpus, fiscalYears: readonly string[], rounds: ReadonlySet<number>): [string, string] {
  const file = `${CONTENT_FILES.history.base}/${CONTENT_FILES.history.pattern}`;
  const doc = parseDocument(readText(shipped, file));
  addParticipationYears(doc, shipped, fiscalYears);
  rewriteReplyRates(doc, shipped, rounds);
  return [file, doc.toString({ lineWidth: 0 })];
}

type HistoryDocument = ReturnType<typeof parseDocument>;

function addParticipationYears(doc: HistoryDocument, shipped: ShippedCorpus, fiscalYears: readonly string[]): void {
  const reportFy = shipped.data.reports[0]?.fy;
  const template = shipped.data.history.participation.find((year) => year.fy === reportFy);
  if (!template) return;
  const present = new Set(shipped.data.history.participation.map((year) => year.fy));
  for (const fy of fiscalYears) if (!present.has(fy)) doc.addIn(['participation'], doc.createNode({ ...template, fy }));
}

function rewriteReplyRates(doc: HistoryDocument, shipped: ShippedCorpus, rounds: ReadonlySet<number>): void {
  const rates = doc.get('reply_rates');
  if (!isSeq(rates)) return;
  rates.items = rates.items.filter((item) => !(isMap(item) && rounds.has(Number(item.get('round')))));
  for (const survey of shipped.data.surveys) {
    const percent = countReplies(survey.workshops).replyRate;
    if (rounds.has(survey.round) || percent === undefined) continue;
    rates.items.push(doc.createNode({ round: survey.round, percent, source: `Computed from the shipped data/surveys/${survey.round}.yaml` }));
  }
  rates.items.sort((a, b) => Number(isMap(a) && a.get('round')) - Number(isMap(b) && b.get('round')));
}
