import { describe, expect, it } from 'vitest';
import { actionAnchor, findMembersNamedIn, listPlannedItemsNaming } from '../../src/model/work-plans.ts';
import { shippedContent } from './model-content.ts';

describe('members named in planned items', () => {
  const members = shippedContent().members;
  const codes = (text: string) => findMembersNamedIn(text, members).map((m) => m.code).sort();

  it('Work Plan 2018-2019, 1-(a): "national workshops on risk management for Cambodia, Iran, Malaysia, Maldives, Philippines, Sri Lanka, Thailand and Vietnam"', () => {
    expect(codes('Conduct national workshops on risk management for Cambodia, Iran, Malaysia, Maldives, Philippines, Sri Lanka, Thailand and Vietnam')).toEqual(['IR', 'KH', 'LK', 'MV', 'MY', 'PH', 'TH', 'VN']);
  });

  it('matches whole names only, the longest first', () => {
    expect(codes('Organize a sub-regional workshop for the Pacific')).toEqual([]);
    expect(codes('a national workshop for Papua New Guinea')).toEqual(['PG']);
  });

  it('lists the plan items naming a member across plans', () => {
    const items = listPlannedItemsNaming(shippedContent(), 'KH');
    expect(items.some((item) => item.plan.fy === '2018-19' && item.action.code === '1-(a)')).toBe(true);
  });
});

describe('action anchors', () => {
  it('are stable ids: 1-(aa) → action-1-aa', () => {
    expect(actionAnchor('1-(aa)')).toBe('action-1-aa');
  });
});
