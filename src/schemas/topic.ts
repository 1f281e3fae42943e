import { z } from 'zod';
import { PillarSchema, SlugSchema } from './common.ts';

/** A topic of the annual report's workshop lists, in the order they print (`data/topics.yaml`). */
export const TopicSchema = z.strictObject({
  /** Identifier used by activities: `ipr`. */
  id: SlugSchema,
  /** Heading as printed: `Intellectual Property Right (IPR)`. */
  name: z.string().min(1),
  /** Pillar the topic serves. */
  pillar: PillarSchema,
});

export type Topic = z.infer<typeof TopicSchema>;
export const TopicsFileSchema = z.array(TopicSchema);
