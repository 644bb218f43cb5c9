export { createKafkaClient, ensureTopics } from './client.ts';
export { type ConsumerHandle, consumeTopic, type IncomingMessage } from './consumer.ts';
export { dropTopics, type TopicSelection } from './drop-topics.ts';
export { createPublisher, type OutgoingMessage, type Publisher } from './publisher.ts';
