// Ambient typings for the server-side code: the environment, and the two SDKs the demo calls (the demo installs
// no packages; only their shape matters here).
declare const process: { env: Record<string, string | undefined> };

declare module 'twilio' {
  interface MessageOptions {
    to: string;
    from: string;
    body: string;
  }
  interface TwilioClient {
    messages: { create(options: MessageOptions): Promise<{ sid: string }> };
  }
  export default function twilio(accountSid?: string, authToken?: string): TwilioClient;
}

declare module '@sentry/node' {
  export function init(options: { dsn?: string; tracesSampleRate?: number }): void;
  export function setUser(user: { id?: string; email?: string; ip_address?: string } | null): void;
}
