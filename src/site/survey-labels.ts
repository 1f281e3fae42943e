import type { FollowUpAction, SurveyQuestion } from '../schemas/index.ts';

/** Column headings of the follow-up actions, as the good practice reports print them. */
export const ACTION_HEADINGS: Record<FollowUpAction, string> = {
  share_materials: 'Shared training materials',
  submit_reports: 'Submitted reports',
  make_recommendations: 'Made recommendations',
  organise_inhouse_workshops: 'Organized in-house workshop',
  develop_manuals: 'Developed operational manuals',
  others: 'Others',
};

/** Column headings of the correlation tables. */
export const CORRELATION_HEADINGS: Record<FollowUpAction | SurveyQuestion, string> = {
  share_materials: 'Member participants shared workshop materials',
  submit_reports: 'Member participants submitted reports',
  make_recommendations: 'Member participants made specific recommendations',
  organise_inhouse_workshops: 'Member participants organized in-house workshop',
  develop_manuals: 'Member participants developed operational manuals',
  others: 'Member participants took other actions',
  direct_effects: 'Member participants realized direct effects',
  efficiency: 'Member participants saw improved efficiency',
  new_projects: 'Member participants initiated new projects',
};

/** Headings of the quoted examples' categories. */
export const EXAMPLE_HEADINGS: Record<string, string> = {
  other_actions: 'Other follow-up actions',
  operational_improvement: 'Operational improvement',
  strategic_empowerment: 'Strategic empowerment',
  direct_effects: 'Direct effects',
  efficiency: 'Improvement in work efficiency and effectiveness',
  new_projects: 'New modernization projects',
};
