import type { Admin, Kafka } from 'kafkajs';

/** Which topics and consumer groups to delete, by name. */
export interface TopicSelection {
  topic(name: string): boolean;
  group(id: string): boolean;
}

/**
 * Deletes the selected consumer groups, then the selected topics (a deployment's, or a test's),
 * returning their names. While a selected group has members, nothing is deleted: with
 * `waitForMembersMs` (a consumer killed less than its 30 s session ago leaves once that passes)
 * the groups are checked again every 2 s until then; after that, or at once without it, this
 * throws naming the groups.
 */
export async function dropTopics(
  kafka: Kafka,
  selection: TopicSelection,
  options: { waitForMembersMs?: number } = {},
): Promise<{ topics: string[]; groups: string[] }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter(selection.group);
    await untilEmpty(admin, groups, Date.now() + (options.waitForMembersMs ?? 0));
    if (groups.length > 0) {
      const failed = (await admin.deleteGroups(groups)).filter((result) => result.errorCode);
      if (failed.length > 0)
        throw new Error(
          `deleting consumer groups failed: ${failed.map((result) => result.groupId).join(', ')}`,
        );
    }
    const topics = (await admin.listTopics()).filter(selection.topic);
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30_000 });
    return { topics: topics.sort(), groups: groups.sort() };
  } finally {
    await admin.disconnect();
  }
}

async function untilEmpty(admin: Admin, groups: string[], deadline: number): Promise<void> {
  if (groups.length === 0) return;
  for (;;) {
    const described = (await admin.describeGroups(groups)).groups;
    const busy = described.filter((group) => group.members.length > 0).map((group) => group.groupId);
    if (busy.length === 0) return;
    if (Date.now() >= deadline)
      throw new Error(`consumer groups still have members (stop their services first): ${busy.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
