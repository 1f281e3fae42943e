/**
 * Every schema of the content model, composed in one place. Astro's collections
 * (`src/content.config.ts`) and the checker (`src/validation/`) both import from here.
 */
export * from './common.ts';
export * from './member.ts';
export * from './person.ts';
export * from './glossary.ts';
export * from './fund.ts';
export * from './topic.ts';
export * from './activity-dates.ts';
export * from './activity.ts';
export * from './survey.ts';
export * from './history.ts';
export * from './work-plan.ts';
export * from './strategic-plan.ts';
export * from './newsletter.ts';
export * from './report.ts';
