// Real SMTP (the local maildev catcher in development and tests, any SMTP server elsewhere).
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { env } from '../env';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: SendMailOptions['attachments'];
}

let transport: Transporter | undefined;

function transporter(): Transporter {
  transport ??= nodemailer.createTransport({
    host: env().SMTP_HOST,
    port: env().SMTP_PORT,
    secure: false,
    // The local catcher speaks plain SMTP; a real relay would be configured with TLS here.
    ignoreTLS: env().SMTP_HOST === '127.0.0.1' || env().SMTP_HOST === 'localhost',
  });
  return transport;
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  await transporter().sendMail({ from: env().MAIL_FROM, ...mail });
}
