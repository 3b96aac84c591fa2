// Product analytics: page views and feature usage, batched daily to the analytics vendor.

/**
 * One tracked event. The account id is pseudonymised before upload; the raw id stays here.
 * @personalData online.activity, device.id, account.id purpose=analytics
 */
export interface AnalyticsEvent {
  name: 'page_view' | 'search' | 'add_to_cart' | 'checkout_start';
  accountId?: string;
  deviceId: string;
  path: string;
  props: Record<string, string | number>;
  at: number;
}

export interface AnalyticsTransport {
  post(batch: { events: UploadedEvent[]; sentAt: string }): Promise<void>;
}

type UploadedEvent = Omit<AnalyticsEvent, 'accountId'> & { uid?: string };

const MAX_QUEUE = 5_000;

export class AnalyticsQueue {
  private events: AnalyticsEvent[] = [];

  constructor(
    private readonly transport: AnalyticsTransport,
    private readonly salt: string,
  ) {}

  /** Only called once the customer has allowed analytics in the privacy settings. */
  track(event: AnalyticsEvent): void {
    if (this.events.length >= MAX_QUEUE) this.events.shift();
    this.events.push(event);
  }

  /**
   * Uploads the day's events to the analytics vendor's US region.
   * @crossBorder us-analytics recipient=bluepeak-analytics purpose=analytics categories=online.activity,device.id,account.id consent=separate
   */
  async flush(): Promise<number> {
    if (this.events.length === 0) return 0;
    const batch = this.events;
    this.events = [];
    const events: UploadedEvent[] = [];
    for (const { accountId, ...rest } of batch) {
      events.push({ ...rest, uid: accountId ? await this.pseudonym(accountId) : undefined });
    }
    await this.transport.post({ events, sentAt: new Date().toISOString() });
    return events.length;
  }

  private async pseudonym(accountId: string): Promise<string> {
    const data = new TextEncoder().encode(`${this.salt}:${accountId}`);
    const digest = await crypto.subtle.digest('SHA-256', data);
    return [...new Uint8Array(digest)].slice(0, 12).map((b) => b.toString(16).padStart(2, '0')).join('');
  }
}
