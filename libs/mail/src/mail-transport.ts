import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';

import { AppConfig } from '#config';
import type { OutboxMessageModel } from '#prisma';

/** A mail server that does not answer must not hold a delivery round for long. */
function withTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [name, value] of [
    ['connectionTimeout', '5000'],
    ['greetingTimeout', '5000'],
    ['socketTimeout', '10000'],
  ]) {
    if (!url.searchParams.has(name!)) url.searchParams.set(name!, value!);
  }
  return url.toString();
}

/** Sends one message over SMTP (SMTP_URL), or reports that there is no SMTP to send with. */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.transporter = config.smtpUrl ? nodemailer.createTransport(withTimeouts(config.smtpUrl)) : null;
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  async send(message: OutboxMessageModel): Promise<void> {
    if (!this.transporter) throw new Error('No SMTP_URL');
    await this.transporter.sendMail({
      from: this.config.mailFrom,
      to: message.recipient,
      subject: message.subject,
      text: message.text,
      ...(message.calendar ? { attachments: [{ filename: 'mote.ics', content: message.calendar, contentType: 'text/calendar; charset=utf-8' }] } : {}),
    });
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
