// Topics are concepts (GitOps, eBPF, serverless), never projects.
import { getCatalog } from './catalog';
import { normalizeKey } from './normalize';
import type { Topic } from './types';

/** The canonical topic for any of its names, English or Chinese. */
export function topicByName(name: string): Topic | undefined {
  const { topics, topicNames } = getCatalog();
  const spelling = topicNames.get(normalizeKey(name))?.[0];
  const topic = spelling ? topics.get(normalizeKey(spelling.name)) : undefined;
  return topic ? { ...topic, aliases: [...topic.aliases] } : undefined;
}
