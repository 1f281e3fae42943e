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
  const names = members.flatMap((member) => [member.name, ...member.aliases].map((name) => ({ name, member })));
  for (const { name, member } of names.sort((a, b) => b.name.length - a.name.length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
    if (pattern.test(rest)) {
      found.add(member);
      rest = rest.replace(pattern, ' ');
    }
  }
  return members.filter((member) => found.has(member));
}

/** Every planned item, in every work plan, that names a member. */
export function listPlannedItemsNaming(data: SiteData, code: string): { plan: WorkPlan; action: WorkPlanAction; text: string }[] {
  return data.workPlans.flatMap((plan) =>
    plan.actions.flatMap((action) =>
      action.planned
        .filter((item) => findMembersNamedIn(item.text, data.members).some((member) => member.code === code))
        .map((item) => ({ plan, action, text: item.text })),
    ),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
