import type { SiteData } from '../../model/site-data.ts';
import { suggestClosest } from '../suggest.ts';

/** Lookups for references between files, with "did you mean" suggestions. */
export class ReferenceIndex {
  readonly memberCodes: Set<string>;
  readonly personIds: Set<string>;
  readonly fundIds: Set<string>;
  readonly topicIds: Set<string>;
  readonly glossaryTerms: Set<string>;
  readonly activityIds: Set<string>;
  private readonly memberByName = new Map<string, string>();
  private readonly data: SiteData;

  constructor(data: SiteData) {
    this.data = data;
    this.memberCodes = new Set(data.members.map((m) => m.code));
    for (const m of data.members) for (const name of [m.name, ...m.aliases]) this.memberByName.set(name.toLowerCase(), m.code);
    this.personIds = new Set(data.people.map((p) => p.id));
    this.fundIds = new Set(data.funds.map((f) => f.id));
    this.topicIds = new Set(data.topics.map((t) => t.id));
    this.glossaryTerms = new Set(data.glossary.map((g) => g.term));
    this.activityIds = new Set(data.activities.map((a) => a.id));
  }

  /** The member a name denotes ("Fiji", "Laos"), if any. */
  memberCodeForName(name: string): string | undefined {
    return this.memberByName.get(name.toLowerCase());
  }

  /** `"FJ" (Fiji)` for a mistyped code or a member written by name. */
  suggestMember(value: string): string | undefined {
    const code = this.memberCodeForName(value) ?? suggestClosest(value.toUpperCase(), this.memberCodes);
    const member = this.data.members.find((m) => m.code === code);
    return member ? `"${member.code}" (${member.name})` : undefined;
  }

  suggestPerson(value: string): string | undefined {
    const byName = this.data.people.find((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase() === value.toLowerCase()));
    return byName?.id ?? suggestClosest(value, this.personIds);
  }
}
