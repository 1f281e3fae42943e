import { describe, expect, it } from 'vitest';
import { normaliseMain } from './site-pages.ts';

/**
 * One page of each kind, its <main> normalised to one block per line, against a golden file
 * in tests/site/golden/. A change in markup shows as a diff there; when the change is
 * intended, re-run with `npx vitest run --project site -u` and review the golden file's diff.
 */
const PAGES = {
  'home': '/',
  'report-chapter': '/reports/2018-19/executive-summary/',
  'report-print': '/reports/2018-19/print/',
  'newsletter-issue': '/newsletters/59/',
  'newsletter-article': '/newsletters/59/foreword/',
  'survey': '/surveys/2020/',
  'survey-chapter': '/surveys/2020/response-to-the-survey/',
  'activity': '/activities/ipr-asean-langkawi-2018-07/',
  'activities-by-kind': '/activities/by-kind/',
  'activities-group': '/activities/by-kind/regional-workshop/',
  'activities-year': '/activities/2018-19/',
  'work-plan': '/work-plans/2018-19/',
  'member': '/members/fj/',
  'person': '/people/saori-nojima/',
  'glossary': '/glossary/',
};

describe('golden pages', () => {
  it.each(Object.entries(PAGES))('%s (%s)', async (name, route) => {
    await expect(normaliseMain(route)).toMatchFileSnapshot(`golden/${name}.html`);
  });
});
