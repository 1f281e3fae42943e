import type { Person } from '../schemas/index.ts';
import { formatMonth } from '../model/calendar.ts';

/** `Program Manager, July 2017 – March 2019`, as far as the documents date the post. */
export function describeTenure(role: Person['roles'][number]): string {
  const where = role.organisation ? `${role.title}, ${role.organisation}` : role.title;
  if (!role.from && !role.to) return where;
  const from = role.from ? formatMonth(role.from) : '';
  const to = role.to ? formatMonth(role.to) : '';
  return `${where}, ${from ? `${from} – ` : 'until '}${to}`.trim();
}
