import { type Model, Schema, type Types } from 'mongoose';

export type FailureKind = 'transient' | 'permanent';

/**
 * A message or job that a stage gave up on: after its retries ran out (transient) or at once
 * (permanent). Operators list and replay these; the payload is kept so a replay needs nothing else.
 */
export interface Failure {
  _id: Types.ObjectId;
  stage: string;
  topic: string;
  kind: FailureKind;
  reason: string;
  message: string;
  attempts: number;
  /** Where the payload came from: the Kafka position, or the BullMQ job. */
  payloadRef: {
    topic: string;
    partition: number | null;
    offset: string | null;
    key: string | null;
    jobId: string | null;
  };
  payload: string;
  traceId: string | null;
  source: string | null;
  url: string | null;
  status: 'open' | 'replayed';
  createdAt: Date;
}

export type FailureModel = Model<Failure>;

export const failureSchema = new Schema<Failure>(
  {
    stage: { type: String, required: true },
    topic: { type: String, required: true },
    kind: { type: String, enum: ['transient', 'permanent'], required: true },
    reason: { type: String, required: true },
    message: { type: String, required: true },
    attempts: { type: Number, required: true },
    payloadRef: {
      topic: String,
      partition: { type: Number, default: null },
      offset: { type: String, default: null },
      key: { type: String, default: null },
      jobId: { type: String, default: null },
    },
    payload: { type: String, required: true },
    traceId: { type: String, default: null },
    source: { type: String, default: null },
    url: { type: String, default: null },
    status: { type: String, enum: ['open', 'replayed'], default: 'open' },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
failureSchema.index({ stage: 1, createdAt: -1 });
failureSchema.index({ source: 1, createdAt: -1 });
failureSchema.index({ reason: 1 });
