import { describe, expect, it } from 'vitest';
import { listChapterTexts, listReportChapters, listSurveyChapters, PRINT_VIEW, textKey, WEB_VIEW } from '../../src/site/chapters.ts';
import { listIssueTexts } from '../../src/site/newsletter-texts.ts';
import { decideNarrativeForm, NARRATIVES_IN_FULL_MAX_BYTES } from '../../src/site/narrative-form.ts';
import { listIssueArticles } from '../../src/model/newsletters.ts';
import { shippedContent } from './model-content.ts';

describe('the texts a page renders, web page or print edition', () => {
  const data = shippedContent();
  const chapters = listReportChapters(data, '2018-19');
  const annex = chapters.find((c) => c.data.blocks.includes('survey-report'))!;
  const pillar = chapters.find((c) => c.data.blocks.includes('activities'))!;

  it('the annual report prints its annexed survey report whole; its web page renders only the annex’s own text', () => {
    const surveyKeys = listSurveyChapters(data, 2018).map((c) => textKey.chapter(c));
    const printed = listChapterTexts(data, annex, 'reportChapters', 3, PRINT_VIEW).map((t) => t.key);
    expect(surveyKeys.filter((key) => !printed.includes(key))).toEqual([]);
    expect(listChapterTexts(data, annex, 'reportChapters', 2, WEB_VIEW).map((t) => t.key)).toEqual([textKey.chapter(annex)]);
  });

  it('a pillar chapter renders its narratives in full, or their openings, never both', () => {
    const full = listChapterTexts(data, pillar, 'reportChapters', 2, WEB_VIEW).slice(1);
    const openings = listChapterTexts(data, pillar, 'reportChapters', 2, { ...WEB_VIEW, narratives: 'opening' }).slice(1);
    expect(full.length).toBeGreaterThan(0);
    expect(openings.map((t) => t.key.replace('activity-opening:', 'activity:'))).toEqual(full.map((t) => t.key));
    openings.forEach((opening, i) => {
      expect(opening.markdown.length).toBeLessThanOrEqual(full[i]!.markdown.length);
      expect(full[i]!.markdown).toContain(opening.markdown.split('\n\n')[0]);
    });
  });

  it('a newsletter issue’s web page renders the foreword and the reports’ openings; its print edition every article and report in full', () => {
    const issue = data.newsletters.find((i) => i.number === 59)!;
    const articles = listIssueArticles(data, issue);
    const web = listIssueTexts(data, issue, 'web').map((t) => t.key);
    const print = listIssueTexts(data, issue, 'print').map((t) => t.key);
    expect(web.filter((key) => key.startsWith('article:'))).toEqual(articles.filter((a) => a.data.kind === 'foreword').map((a) => textKey.article(a.id)));
    expect(print.filter((key) => key.startsWith('article:'))).toEqual(articles.map((a) => textKey.article(a.id)));
    expect(web.filter((key) => key.startsWith('activity:'))).toEqual([]);
    expect(print.filter((key) => key.startsWith('activity:')).length).toBe(web.filter((key) => key.startsWith('activity-opening:')).length);
  });
});

describe('decideNarrativeForm', () => {
  it('shows narratives in full up to their share of the page budget, openings beyond it', () => {
    expect(decideNarrativeForm(NARRATIVES_IN_FULL_MAX_BYTES)).toBe('full');
    expect(decideNarrativeForm(NARRATIVES_IN_FULL_MAX_BYTES + 1)).toBe('opening');
  });
});
