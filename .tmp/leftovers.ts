// Lists test deployments left on the shared services whose names contain argv[2].
import { connectStore } from '@newsflow/store';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';

const needle = process.argv[2] ?? 'nft';
const store = await connectStore({ uri: 'mongodb://127.0.0.1:27017/' });
const dbs = (await store.connection.db!.admin().listDatabases()).databases
  .map((d) => d.name)
  .filter((n) => n.includes(needle.replace(/-/g, '_')));
await store.close();
const admin = new Kafka({ clientId: 'x', brokers: ['127.0.0.1:9092'], logLevel: logLevel.NOTHING }).admin();
await admin.connect();
const topics = (await admin.listTopics()).filter((t) => t.includes(needle));
const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.includes(needle));
await admin.disconnect();
const redis = new Redis('redis://127.0.0.1:6379');
const keys = await redis.keys(`*${needle}*`);
redis.disconnect();
console.log(
  JSON.stringify({
    dbs: dbs.length,
    topics: topics.length,
    groups: groups.length,
    keys: keys.length,
    sample: [...dbs, ...topics, ...groups, ...keys].slice(0, 8),
  }),
);
