import { describe, expect, it } from 'vitest';
import { computeFigures, figureContextOfFile } from '../../src/model/figures.ts';
import { shippedContent } from './model-content.ts';

/** Figures as the documents print them (seeds 000 and 002). */
describe('computeFigures', () => {
  it('Annual Report 2018/19: "13 regional and sub-regional workshops, 2 accreditation workshops and 25 national workshops"', () => {
    const figures = computeFigures(shippedContent(), { report: '2018-19' });
    expect(['workshops.regional', 'workshops.accreditation', 'workshops.national'].map((n) => figures.get(n))).toEqual(['13', '2', '25']);
  });

  it('Annual Report 2018/19: "389 participants", "29.9", "8 full-time seconded staff", "two from Japan"', () => {
    const figures = computeFigures(shippedContent(), { report: '2018-19' });
    expect(figures.get('participation.participants')).toBe('389');
    expect(figures.get('participation.average')).toBe('29.9');
    expect(figures.get('previous.participation.participants')).toBe('315');
    expect(figures.get('staff.count')).toBe('8');
    expect(figures.get('staff.from.JP')).toBe('two');
  });

  it('Annual Report 2018/19 sees its annexed Survey 2018: "The rate of replies ... reached 62%"', () => {
    expect(computeFigures(shippedContent(), { report: '2018-19' }).get('survey.reply_rate')).toBe('62%');
  });

  it('Survey 2020: "28", "70% (54% in 2019)", "around 89%", "(82%)", "(68%)"', () => {
    const figures = computeFigures(shippedContent(), { survey: 2020 });
    expect(figures.get('survey.replies')).toBe('28');
    expect(figures.get('survey.administrations')).toBe('40');
    expect(figures.get('survey.reply_rate')).toBe('70%');
    expect(figures.get('survey.previous.reply_rate')).toBe('54%');
    expect(figures.get('survey.subregional.reply_rate')).toBe('89%');
    expect(figures.get('survey.regional.reply_rate')).toBe('55%');
    expect(figures.get('survey.actions.share_materials.percent')).toBe('82%');
    expect(figures.get('survey.actions.submit_reports.percent')).toBe('68%');
    expect(figures.get('survey.direct_effects.yes.percent')).toBe('50%');
    expect(figures.get('survey.new_projects.yes.percent')).toBe('73%');
  });

  it('Survey 2018: "145" replies from "233" (62%); "28% in 2015, 47% in 2016"; "23" members held in-house workshops', () => {
    const figures = computeFigures(shippedContent(), { survey: 2018 });
    expect([figures.get('survey.replies'), figures.get('survey.administrations'), figures.get('survey.reply_rate')]).toEqual(['145', '233', '62%']);
    expect([figures.get('history.reply_rate.2015'), figures.get('history.reply_rate.2016')]).toEqual(['28%', '47%']);
    expect(figures.get('survey.inhouse.members')).toBe('23');
  });

  it('has no survey figures outside a survey’s context, but members.count everywhere ("33 Member administrations")', () => {
    const figures = computeFigures(shippedContent(), {});
    expect(figures.get('members.count')).toBe('33');
    expect(figures.has('survey.reply_rate')).toBe(false);
  });
});

describe('figureContextOfFile', () => {
  it('reads the publication from the path', () => {
    expect(figureContextOfFile('content/reports/2018-19/01-executive-summary.md')).toEqual({ report: '2018-19' });
    expect(figureContextOfFile('/abs/path/content/surveys/2020/02-executive-summary.md')).toEqual({ survey: 2020 });
    expect(figureContextOfFile('content/newsletters/059/foreword.md')).toEqual({});
  });
});
