import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { Env } from '../env'

/**
 * SMTP when SMTP_HOST is set. Without it we return undefined and Payload writes every email to the
 * log instead — nodemailer's own fallback would fetch a test account from the internet.
 */
export function createEmailAdapter(env: Env): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM_ADDRESS,
    defaultFromName: env.EMAIL_FROM_NAME,
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
      // Local test servers and internal relays often use self-signed certificates.
      tls: { rejectUnauthorized: env.NODE_ENV === 'production' },
    },
  })
}
