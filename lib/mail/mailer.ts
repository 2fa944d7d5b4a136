import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

/**
 * E-mail, in addition to the in-app notices, only where an SMTP server is configured:
 *   SMTP_HOST     the server (required: without it e-mail is off and the app says so)
 *   MAIL_DOMAIN   people have no e-mail column: a notice to user `edu-editor` goes to edu-editor@MAIL_DOMAIN (required)
 *   SMTP_PORT     default 587 (465 uses TLS from the start, others STARTTLS when the server offers it)
 *   SMTP_USER, SMTP_PASS   credentials, when the server wants them
 *   MAIL_FROM     sender, default noreply@MAIL_DOMAIN
 *   APP_URL       (or AUTH_URL) the app's address, to turn a notice's link into a full URL
 * Sending never throws: failures are logged and the action that caused the notice is not affected.
 */

export interface MailConfig {
  host: string;
  port: number;
  user?: string;
  pass?: string;
  from: string;
  domain: string;
  appUrl?: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

type Env = Record<string, string | undefined>;

export function mailConfig(env: Env = process.env): MailConfig | null {
  const host = env.SMTP_HOST?.trim();
  const domain = env.MAIL_DOMAIN?.trim().replace(/^@/, "");
  if (!host || !domain) return null;
  const port = Number(env.SMTP_PORT ?? 587);
  return {
    host,
    port: Number.isInteger(port) && port > 0 ? port : 587,
    ...(env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? "" } : {}),
    from: env.MAIL_FROM?.trim() || `noreply@${domain}`,
    domain,
    appUrl: (env.APP_URL ?? env.AUTH_URL)?.replace(/\/+$/, "") || undefined,
  };
}

export function isMailEnabled(): boolean {
  return mailConfig() !== null;
}

/** The address a person's notices go to. */
export function addressFor(username: string, config: Pick<MailConfig, "domain">): string {
  return `${username}@${config.domain}`;
}

/** A notice's in-app link as a full URL where the app's address is known. */
export function absoluteLink(link: string, config: Pick<MailConfig, "appUrl">): string {
  return config.appUrl ? `${config.appUrl}${link}` : link;
}

let transporter: { key: string; t: Transporter } | null = null;
let testTransport: Transporter | null = null;

/** Tests replace the SMTP connection with nodemailer's JSON transport (or null to restore). */
export function setMailTransportForTesting(t: Transporter | null): void {
  testTransport = t;
}

function transportFor(config: MailConfig): Transporter {
  if (testTransport) return testTransport;
  const key = JSON.stringify(config);
  if (transporter?.key !== key) {
    transporter = {
      key,
      t: nodemailer.createTransport({
        host: config.host,
        port: config.port,
        secure: config.port === 465,
        ...(config.user ? { auth: { user: config.user, pass: config.pass } } : {}),
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return transporter.t;
}

/** Sends each message on its own; returns how many went out. Never throws. */
export async function sendMails(messages: readonly MailMessage[], config: MailConfig | null = mailConfig()): Promise<number> {
  if (!config || messages.length === 0) return 0;
  let sent = 0;
  for (const m of messages) {
    try {
      await transportFor(config).sendMail({ from: config.from, to: m.to, subject: m.subject, text: m.text });
      sent++;
    } catch (err) {
      console.error(`[mail] could not send "${m.subject}" to ${m.to}:`, err instanceof Error ? err.message : err);
    }
  }
  return sent;
}
