import type { RuleContext } from '../rule-context.ts';
import { suggestClosest } from '../suggest.ts';
import type { PathSegment } from '../yaml-source.ts';
import { ReferenceIndex } from './reference-index.ts';

/**
 * Every reference from one file to another resolves: member codes, people, funds, topics,
 * partners and surveyed activities. Unknown values get a "did you mean" hint.
 */
export function checkReferences(context: RuleContext): void {
  const index = new ReferenceIndex(context.data);
  const member = memberChecker(context, index);
  const person = (entry: object, path: PathSegment[], value: string) => {
    if (!index.personIds.has(value) && !context.isInvalid('people', value)) {
      context.report('UnknownPerson', { value, suggestion: index.suggestPerson(value) }, entry, path);
    }
  };
  for (const activity of context.data.activities) checkActivityReferences(context, index, activity.data, member, person);
  for (const p of context.data.people) if (p.home) member.code(p, ['home'], p.home);
  for (const article of context.data.articles) article.data.authors.forEach((a, i) => person(article.data, ['authors', i], a));
  for (const chapter of [...context.data.reportChapters, ...context.data.surveyChapters]) {
    if (chapter.data.signatory) person(chapter.data, ['signatory'], chapter.data.signatory);
  }
  for (const report of context.data.reports) person(report, ['signatory'], report.signatory);
  for (const issue of context.data.newsletters) issue.masthead.staff.forEach((s, i) => person(issue, ['masthead', 'staff', i], s));
  for (const survey of context.data.surveys) {
    person(survey, ['signatory'], survey.signatory);
    checkSurveyReferences(context, index, survey, member);
  }
  context.data.history.inhouse_workshops.forEach((year, i) =>
    year.members.forEach((code, j) => member.code(context.data.history, ['inhouse_workshops', i, 'members', j], code)),
  );
}

type MemberChecker = ReturnType<typeof memberChecker>;

function memberChecker(context: RuleContext, index: ReferenceIndex) {
  const report = (entry: object, path: PathSegment[], value: string) =>
    context.report('UnknownMemberCode', { value, suggestion: index.suggestMember(value) }, entry, path);
  return {
    /** A field that must hold a member code. */
    code(entry: object, path: PathSegment[], value: string) {
      if (!index.memberCodes.has(value) && !context.isInvalid('members', value)) report(entry, path, value);
    },
    /** A field holding a member code, or the name of a place outside the membership. */
    codeOrOutsider(entry: object, path: PathSegment[], value: string) {
      const looksLikeCode = /^[A-Z]{2}$/.test(value);
      if (context.isInvalid('members', value)) return;
      if ((looksLikeCode && !index.memberCodes.has(value)) || (!looksLikeCode && index.memberCodeForName(value))) report(entry, path, value);
    },
  };
}

function checkActivityReferences(
  context: RuleContext,
  index: ReferenceIndex,
  activity: import('../../schemas/index.ts').Activity,
  member: MemberChecker,
  person: (entry: object, path: PathSegment[], value: string) => void,
): void {
  if (activity.venue) member.codeOrOutsider(activity, ['venue', 'country'], activity.venue.country);
  if (activity.host) member.codeOrOutsider(activity, ['host'], activity.host);
  activity.members.forEach((code, i) => member.code(activity, ['members', i], code));
  activity.beneficiaries.forEach((code, i) => member.code(activity, ['beneficiaries', i], code));
  activity.experts.forEach((e, i) => member.codeOrOutsider(activity, ['experts', i, 'from'], e.from));
  activity.staff.forEach((s, i) => person(activity, ['staff', i, 'person'], s.person));
  activity.funds.forEach((id, i) => {
    if (!index.fundIds.has(id) && !context.isInvalid('funds', id)) context.report('UnknownFund', { value: id, suggestion: suggestClosest(id, index.fundIds) }, activity, ['funds', i]);
  });
  activity.partners.forEach((term, i) => {
    if (!index.glossaryTerms.has(term) && !context.isInvalid('glossary', term)) context.report('UnknownPartner', { value: term, suggestion: suggestClosest(term, index.glossaryTerms) }, activity, ['partners', i]);
  });
  if (activity.topic && !index.topicIds.has(activity.topic) && !context.isInvalid('topics', activity.topic)) {
    context.report('UnknownTopic', { value: activity.topic, suggestion: suggestClosest(activity.topic, index.topicIds) }, activity, ['topic']);
  }
}

function checkSurveyReferences(context: RuleContext, index: ReferenceIndex, survey: import('../../schemas/index.ts').SurveyRound, member: MemberChecker): void {
  survey.workshops.forEach((w, i) => {
    if (!index.activityIds.has(w.activity) && !context.isInvalid('activities', w.activity)) {
      context.report('UnknownActivity', { value: w.activity, suggestion: suggestClosest(w.activity, index.activityIds) }, survey, ['workshops', i, 'activity']);
    }
  });
  survey.correlations.forEach((table, t) =>
    table.rows.forEach((row, r) =>
      (['first', 'second', 'outcome'] as const).forEach((column) =>
        (['members', 'marked'] as const).forEach((list) =>
          row[column][list].forEach((code, k) => member.code(survey, ['correlations', t, 'rows', r, column, list, k], code)),
        ),
      ),
    ),
  );
  survey.examples.forEach((example, e) => example.members.forEach((code, k) => member.code(survey, ['examples', e, 'members', k], code)));
}
