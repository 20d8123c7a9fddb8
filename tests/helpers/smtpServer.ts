import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedEmail = { to: string[]; subject: string; text: string }

/**
 * A real SMTP server on localhost that keeps what it receives. Call `useTestSmtp()` inside
 * `vi.hoisted` so the Payload config, which reads SMTP_* at import, sees it.
 */
export function smtpPortForThisFile(): number {
  return 20_000 + Math.floor(Math.random() * 20_000)
}

export async function startSmtpServer(port: number) {
  const inbox: ReceivedEmail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          inbox.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    inbox,
    /** Emails are sent after the response; wait until one matching `predicate` arrives. */
    async waitFor(predicate: (email: ReceivedEmail) => boolean, timeoutMs = 5_000): Promise<ReceivedEmail> {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const found = inbox.find(predicate)
        if (found) return found
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error(
        `No email matched within ${timeoutMs} ms; inbox: ${JSON.stringify(inbox.map((e) => [e.to, e.subject]))}`,
      )
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
