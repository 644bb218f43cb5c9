import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, parseConfig, parserEnv } from '@newsflow/config';

const valid = {
  PORT: '0',
  KAFKA_BROKERS: '127.0.0.1:9092, localhost:9093',
  MONGODB_URI: 'mongodb://127.0.0.1:27017/newsflow',
  REDIS_URL: 'redis://127.0.0.1:6379',
};

describe('parseConfig', () => {
  it('parses and applies defaults', () => {
    const config = parseConfig(parserEnv, valid);
    assert.deepEqual(config.KAFKA_BROKERS, ['127.0.0.1:9092', 'localhost:9093']);
    assert.equal(config.RETRY_ATTEMPTS, 5);
    assert.equal(config.TOPIC_PREFIX, '');
    assert.equal(config.LOG_LEVEL, 'info');
    assert.equal(config.PAGES_NOT_STORED_RETENTION_DAYS, 30);
    assert.equal(
      parseConfig(parserEnv, { ...valid, PAGES_NOT_STORED_RETENTION_DAYS: '7' })
        .PAGES_NOT_STORED_RETENTION_DAYS,
      7,
    );
  });

  it('names a missing variable in one line', () => {
    const { MONGODB_URI: _, ...missing } = valid;
    assert.throws(
      () => parseConfig(parserEnv, missing),
      new ConfigError('MONGODB_URI: required but not set'),
    );
  });

  it('treats an empty value as unset', () => {
    assert.throws(
      () => parseConfig(parserEnv, { ...valid, REDIS_URL: '' }),
      /^ConfigError: REDIS_URL: required/,
    );
  });

  it('names an invalid variable with the reason', () => {
    assert.throws(
      () => parseConfig(parserEnv, { ...valid, KAFKA_BROKERS: 'not a broker' }),
      (error: Error) =>
        error.message.startsWith('KAFKA_BROKERS: invalid value') && !error.message.includes('\n'),
    );
    assert.throws(
      () => parseConfig(parserEnv, { ...valid, RETRY_ATTEMPTS: '0' }),
      /RETRY_ATTEMPTS: invalid value/,
    );
    assert.throws(
      () => parseConfig(parserEnv, { ...valid, PAGES_NOT_STORED_RETENTION_DAYS: '0' }),
      /PAGES_NOT_STORED_RETENTION_DAYS: invalid value/,
    );
  });
});
