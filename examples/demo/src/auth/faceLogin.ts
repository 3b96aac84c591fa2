// Face login (刷脸登录): opt-in, enrolled from Settings > Account security.
import type { CustomerId } from '../customer';

/** Result of the liveness check run by the on-device SDK. */
export interface LivenessResult {
  passed: boolean;
  score: number;
}

/**
 * A face template enrolled by a customer who turned face login on.
 * The enrolment screen asks for its own consent; consentRecordId points at that record.
 * @personalData biometric.face, account.id purpose=faceLogin
 */
export interface FaceEnrolment {
  customerId: CustomerId;
  template: Uint8Array;
  modelVersion: string;
  consentRecordId: string;
  enrolledAt: Date;
  lastUsedAt?: Date;
}

export interface FaceEnrolmentStore {
  get(customerId: CustomerId): Promise<FaceEnrolment | undefined>;
  put(enrolment: FaceEnrolment): Promise<void>;
  delete(customerId: CustomerId): Promise<void>;
}

export interface FaceMatcher {
  checkLiveness(frames: Uint8Array[]): Promise<LivenessResult>;
  extractTemplate(frame: Uint8Array): Promise<Uint8Array>;
  similarity(a: Uint8Array, b: Uint8Array): Promise<number>;
}

const MATCH_THRESHOLD = 0.82;
const MIN_LIVENESS = 0.9;

export class FaceLoginService {
  constructor(
    private readonly store: FaceEnrolmentStore,
    private readonly matcher: FaceMatcher,
  ) {}

  /**
   * Verifies a login attempt against the enrolled template.
   * Camera frames stay in memory and are dropped after the comparison.
   * @personalData biometric.face purpose=faceLogin
   */
  async verify(customerId: CustomerId, frames: Uint8Array[]): Promise<boolean> {
    const enrolment = await this.store.get(customerId);
    if (!enrolment || frames.length === 0) return false;

    const liveness = await this.matcher.checkLiveness(frames);
    if (!liveness.passed || liveness.score < MIN_LIVENESS) return false;

    const probe = await this.matcher.extractTemplate(frames[frames.length - 1]);
    const score = await this.matcher.similarity(probe, enrolment.template);
    if (score < MATCH_THRESHOLD) return false;

    await this.store.put({ ...enrolment, lastUsedAt: new Date() });
    return true;
  }

  /** Turning the feature off deletes the template at once. */
  async disable(customerId: CustomerId): Promise<void> {
    await this.store.delete(customerId);
  }
}
