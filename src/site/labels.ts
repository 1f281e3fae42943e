import type { Activity, ActivityKind, Member, Person } from '../schemas/index.ts';
import type { SiteData } from '../model/site-data.ts';

/** How pages name things the data stores as codes and ids. */

export const KIND_LABELS: Record<ActivityKind, string> = {
  'regional-workshop': 'Regional workshop',
  'sub-regional-workshop': 'Sub-regional workshop',
  'national-workshop': 'National workshop',
  'accreditation-workshop': 'Accreditation workshop',
  mission: 'Mission',
  seminar: 'Seminar',
  conference: 'Conference',
  meeting: 'Meeting',
  visit: 'Visit',
  event: 'Event',
};

export const KIND_PLURALS: Record<ActivityKind, string> = {
  'regional-workshop': 'Regional workshops',
  'sub-regional-workshop': 'Sub-regional workshops',
  'national-workshop': 'National workshops',
  'accreditation-workshop': 'Accreditation workshops',
  mission: 'Missions',
  seminar: 'Seminars',
  conference: 'Conferences',
  meeting: 'Meetings',
  visit: 'Visits',
  event: 'Other events',
};

const ROLE_LABELS: Record<string, string> = {
  head: 'Head',
  facilitator: 'Facilitator',
  'resource-person': 'Resource person',
  speaker: 'Speaker',
  moderator: 'Moderator',
  presenter: 'Presenter',
  participant: 'Participant',
  organiser: 'Organiser',
  observer: 'Observer',
  lecturer: 'Lecturer',
  host: 'Host',
};

export function describeRole(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

/** The member with a code, if it is one. */
export function findMember(data: SiteData, code: string): Member | undefined {
  return data.members.find((member) => member.code === code);
}

/** A member's name for a code; anything else (a country outside the region) as written. */
export function nameOfPlace(data: SiteData, codeOrName: string): string {
  return findMember(data, codeOrName)?.name ?? codeOrName;
}

export function findPerson(data: SiteData, id: string): Person | undefined {
  return data.people.find((person) => person.id === id);
}

/** `Ms. Saori Nojima`. */
export function formalName(person: Person): string {
  return person.honorific ? `${person.honorific} ${person.name}` : person.name;
}

/** `Langkawi, Malaysia`; `Online` for virtual events. */
export function describeVenue(data: SiteData, activity: Activity): string | undefined {
  if (activity.online && !activity.venue) return 'Online';
  if (!activity.venue) return undefined;
  return [activity.venue.place, activity.venue.city, nameOfPlace(data, activity.venue.country)].filter(Boolean).join(', ');
}

/** Short names of an activity's funds: `CCF/Japan`. */
export function describeFunds(data: SiteData, activity: Activity): string[] {
  return activity.funds.map((id) => data.funds.find((fund) => fund.id === id)?.short ?? id);
}

/** A pillar's title, from the work plan of the fiscal year, else any plan that names it. */
export function pillarTitle(data: SiteData, pillar: number, fy?: string): string {
  const plans = [...data.workPlans.filter((plan) => plan.fy === fy), ...data.workPlans, ...data.strategicPlans];
  const title = plans.flatMap((plan) => plan.pillars).find((p) => p.pillar === pillar)?.title;
  return title ? `Pillar ${pillar}: ${title}` : `Pillar ${pillar}`;
}

/** Joins names as prose does: `Fiji, Tonga and Vietnam`. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** `2018-09` → `Sept 2018`, as the annual report's lists print months. */
export function formatListMonth(month: string): string {
  return `${SHORT_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}
