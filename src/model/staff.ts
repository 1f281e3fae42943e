import type { Person } from '../schemas/index.ts';
import { fiscalYearRange } from './calendar.ts';

type Role = Person['roles'][number];

/** A role held at the office itself (not at a home administration or elsewhere). */
export function isOfficeRole(role: Role): boolean {
  return role.organisation === undefined;
}

/**
 * True when a role covers a day. Tenure is known only to the month: a role ending in
 * `2019-06` is over on 1 July 2019; one starting in `2019-07` has begun. A role whose start
 * is unknown counts from the first document that names it, if that is recorded.
 */
export function isRoleHeldOn(role: Role, day: string): boolean {
  const month = day.slice(0, 7);
  const start = role.from ?? role.first_named;
  return (start === undefined || start <= month) && (role.to === undefined || role.to >= month);
}

/** The office's staff in post on a day, with the office role they held then. */
export function listStaffInPost(people: readonly Person[], day: string): { person: Person; role: Role }[] {
  return people.flatMap((person) => {
    const role = person.roles.find((r) => isOfficeRole(r) && isRoleHeldOn(r, day));
    return role ? [{ person, role }] : [];
  });
}

/** The day an annual report counts its staff: the day after its fiscal year ("as of 1 July 2019"). */
export function staffCountDay(fy: string): string {
  return `${Number(fiscalYearRange(fy).to.slice(0, 4))}-07-01`;
}

/** Everyone who ever held an office role: the people the staff pages list. */
export function listOfficeStaff(people: readonly Person[]): Person[] {
  return people.filter((person) => person.roles.some(isOfficeRole));
}
