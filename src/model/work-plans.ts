import type { Member, WorkPlan, WorkPlanAction } from '../schemas/index.ts';
import type { SiteData } from './site-data.ts';

/** `1-(aa)` → `action-1-aa`: the anchor of an action on its work plan's page. */
export function actionAnchor(code: string): string {
  return `action-${code.replace(/[()]/g, '')}`;
}

/** The pillar of an action code: `3-(b)` → 3. */
export function pillarOfAction(code: string): number {
  return Number(code.slice(0, 1));
}

export function findWorkPlan(data: SiteData, fy: string): WorkPlan | undefined {
  return data.workPlans.find((plan) => plan.fy === fy);
}

export function findAction(plan: WorkPlan, code: string): WorkPlanAction | undefined {
  return plan.actions.find((action) => action.code === code);
}

/**
 * Members a planned item names ("Conduct a national workshop on PCA for Vanuatu"), found by
 * their name or an alias as a whole word, longest names first so "Papua New Guinea" is not
 * also read as something shorter.
 */
export function findMembersNamedIn(text: string, members: readonly Member[]): Member[] {
  const found = new Set<Member>();
  let rest = text;
  for (const { name, pattern, member } of compileNamePatterns(members)) {
    // The name itself must be there for its pattern to match: looking for it first skips most
    // patterns at the cost of a substring search. search() and a global replace() both start at
    // 0 whatever the shared pattern's lastIndex.
    if (rest.includes(name) && rest.search(pattern) >= 0) {
      found.add(member);
      rest = rest.replace(pattern, ' ');
    }
  }
  return members.filter((member) => found.has(member));
}

/** Every planned item, in every work plan, that names a member. */
export function listPlannedItemsNaming(data: SiteData, code: string): { plan: WorkPlan; action: WorkPlanAction; text: string }[] {
  return indexPlannedItemsByMember(data).get(code) ?? [];
}

type PlannedItemRef = { plan: WorkPlan; action: WorkPlanAction; text: string };

// Each member's page asks for its items: reading every item of every plan once per build,
// rather than once per member page, keeps this linear in the number of plans (it was the
// hottest model function of a build: members × plans × items × names regular expressions).
const plannedItemIndexes = new WeakMap<SiteData, Map<string, PlannedItemRef[]>>();

function indexPlannedItemsByMember(data: SiteData): Map<string, PlannedItemRef[]> {
  let index = plannedItemIndexes.get(data);
  if (index) return index;
  index = new Map();
  for (const plan of data.workPlans) {
    for (const action of plan.actions) {
      for (const item of action.planned) {
        for (const member of findMembersNamedIn(item.text, data.members)) {
          if (!index.has(member.code)) index.set(member.code, []);
          index.get(member.code)!.push({ plan, action, text: item.text });
        }
      }
    }
  }
  plannedItemIndexes.set(data, index);
  return index;
}

/** The members' name patterns, longest name first, compiled once per list of members. */
const namePatterns = new WeakMap<readonly Member[], NamePattern[]>();

interface NamePattern {
  name: string;
  pattern: RegExp;
  member: Member;
}

function compileNamePatterns(members: readonly Member[]): NamePattern[] {
  let patterns = namePatterns.get(members);
  if (patterns) return patterns;
  patterns = members
    .flatMap((member) => [member.name, ...member.aliases].map((name) => ({ name, member })))
    .sort((a, b) => b.name.length - a.name.length)
    .map(({ name, member }) => ({ name, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'), member }));
  namePatterns.set(members, patterns);
  return patterns;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
