'use client'

import { Button } from '@payloadcms/ui'
import { useState, type FormEvent } from 'react'

type Props = { apiRoute: string; adminRoute: string; token: string; email: string; submitLabel: string }

/**
 * Sends the token and the new password to Payload's reset-password, which sets the password, spends
 * the token and answers with the login cookie: the person lands in the admin, signed in.
 */
export function SetPasswordForm({ apiRoute, adminRoute, token, email, submitLabel }: Props) {
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [problem, setProblem] = useState<{ field: 'password' | 'confirm' | 'form'; message: string } | null>(null)
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!password) return setProblem({ field: 'password', message: 'Choose a password.' })
    if (password !== confirm) return setProblem({ field: 'confirm', message: 'The two passwords are not the same.' })
    setSaving(true)
    setProblem(null)
    try {
      const response = await fetch(`${apiRoute}/users/reset-password`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token, password }),
      })
      if (response.ok) {
        window.location.assign(adminRoute)
        return
      }
      const body = await response.json().catch(() => null)
      const message: string = body?.errors?.[0]?.message ?? 'The password could not be saved.'
      setProblem({
        field: 'form',
        message:
          response.status === 403
            ? 'This link has expired or has already been used. Reload the page to see what to do next.'
            : message,
      })
    } catch {
      setProblem({ field: 'form', message: 'The newsroom could not be reached. Check your connection and try again.' })
    } finally {
      setSaving(false)
    }
  }

  const error = (field: 'password' | 'confirm' | 'form') =>
    problem?.field === field ? (
      <p className="legwork-field-error" id={`${field}-error`} role="alert">
        {problem.message}
      </p>
    ) : null

  return (
    <form className="legwork-form" onSubmit={submit} noValidate>
      {/* For password managers: the account this password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <div className="legwork-form__field">
        <label htmlFor="new-password">Password</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={problem?.field === 'password'}
          aria-describedby={problem?.field === 'password' ? 'password-error' : undefined}
        />
        {error('password')}
      </div>
      <div className="legwork-form__field">
        <label htmlFor="confirm-password">Type it again</label>
        <input
          id="confirm-password"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(event) => setConfirm(event.target.value)}
          aria-invalid={problem?.field === 'confirm'}
          aria-describedby={problem?.field === 'confirm' ? 'confirm-error' : undefined}
        />
        {error('confirm')}
      </div>
      {error('form')}
      <Button type="submit" disabled={saving}>
        {saving ? 'Saving…' : submitLabel}
      </Button>
    </form>
  )
}
