import type { Kafka } from 'kafkajs';

/** Which topics and consumer groups to delete, by name. */
export interface TopicSelection {
  topic(name: string): boolean;
  group(id: string): boolean;
}

/**
 * Deletes the selected topics and consumer groups (a deployment's, or a test's), returning their
 * names. Consumer groups go first: a group still holding offsets of a deleted topic is harmless,
 * but its members must have left, so this is for a deployment whose services are stopped.
 */
export async function dropTopics(
  kafka: Kafka,
  selection: TopicSelection,
): Promise<{ topics: string[]; groups: string[] }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter(selection.group);
    if (groups.length > 0) await admin.deleteGroups(groups);
    const topics = (await admin.listTopics()).filter(selection.topic);
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30_000 });
    return { topics: topics.sort(), groups: groups.sort() };
  } finally {
    await admin.disconnect();
  }
}
