import { CONTENT_FILES } from '../content-files.ts';
import type { SurveyRound } from '../schemas/index.ts';
import { listFolderTexts, readText, type ShippedCorpus } from './read-shipped.ts';
import { shiftDataText, shiftProse } from './shift-text.ts';

/**
 * One synthetic survey round: the template round's data and chapters moved to `round`,
 * its surveyed workshops pointing at the copies of their activities (`idMap`).
 * Its ordinal and report number move with the round, as the publisher numbers them.
 */
export function generateSurvey(shipped: ShippedCorpus, template: SurveyRound, round: number, idMap: ReadonlyMap<string, string>): Map<string, string> {
  const years = round - template.round;
  const files = new Map<string, string>();
  const yaml = readText(shipped, `${CONTENT_FILES.surveys.base}/${template.round}.yaml`);
  files.set(`${CONTENT_FILES.surveys.base}/${round}.yaml`, shiftSurveyYaml(yaml, years, idMap));
  for (const chapter of listFolderTexts(shipped, `${CONTENT_FILES.surveyChapters.base}/${template.round}`)) {
    files.set(`${CONTENT_FILES.surveyChapters.base}/${round}/${chapter.name}`, shiftProse(chapter.text, years));
  }
  return files;
}

function shiftSurveyYaml(yaml: string, years: number, idMap: ReadonlyMap<string, string>): string {
  // Activity ids are mapped, not shifted: a copied activity's slug may differ from a plain shift.
  const ids: string[] = [];
  const masked = yaml.replace(/^(\s*-?\s*activity:\s*)(\S+)/gm, (_line: string, key: string, id: string) => `${key}@activity${'x'.repeat(ids.push(id))}@`);
  return shiftDataText(masked, years)
    .replace(/^(ordinal|report_number):\s*(\d+)/gm, (_line: string, key: string, n: string) => `${key}: ${Number(n) + years}`)
    .replace(/@activity(x+)@/g, (_token: string, xs: string) => mapActivity(idMap, ids[xs.length - 1]!));
}

function mapActivity(idMap: ReadonlyMap<string, string>, id: string): string {
  const mapped = idMap.get(id);
  if (!mapped) throw new Error(`Survey workshop ${id} has no copy in its year.`);
  return mapped;
}
