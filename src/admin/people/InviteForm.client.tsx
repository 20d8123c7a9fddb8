'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

type RoleChoice = { value: string; label: string; description: string }
type Props = { apiRoute: string; adminRoute: string; roles: RoleChoice[] }
type Problems = Record<string, string>

/** The server's refusal, by field: `errors[0].data.errors[{ path, message }]`, or one message. */
function problemsOf(body: unknown): Problems {
  const first = (body as { errors?: { message?: string; data?: { errors?: { path: string; message: string }[] } }[] })
    ?.errors?.[0]
  const byField = Object.fromEntries((first?.data?.errors ?? []).map((problem) => [problem.path, problem.message]))
  return Object.keys(byField).length ? byField : { form: first?.message ?? 'The invitation could not be sent.' }
}

export function InviteForm({ apiRoute, adminRoute, roles }: Props) {
  const router = useRouter()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [chosen, setChosen] = useState<string[]>(['writer'])
  const [problems, setProblems] = useState<Problems>({})
  const [sending, setSending] = useState(false)

  const toggle = (role: string) =>
    setChosen((current) => (current.includes(role) ? current.filter((r) => r !== role) : [...current, role]))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSending(true)
    setProblems({})
    try {
      const response = await fetch(`${apiRoute}/users/invite`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, email, roles: chosen }),
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        setProblems(problemsOf(body))
        return
      }
      if (body.invitation?.sent) toast.success(body.message)
      else toast.warning(body.message)
      router.push(`${adminRoute}/collections/users/${body.doc.id}`)
    } catch {
      setProblems({ form: 'The newsroom could not be reached. Check your connection and send it again.' })
    } finally {
      setSending(false)
    }
  }

  const error = (path: string) =>
    problems[path] ? (
      <p className="legwork-field-error" id={`${path}-error`} role="alert">
        {problems[path]}
      </p>
    ) : null

  return (
    <form className="legwork-form" onSubmit={submit} noValidate>
      <div className="legwork-form__field">
        <label htmlFor="invite-name">Name</label>
        <input
          id="invite-name"
          name="name"
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={Boolean(problems.name)}
          aria-describedby={problems.name ? 'name-error' : undefined}
          required
        />
        {error('name')}
      </div>
      <div className="legwork-form__field">
        <label htmlFor="invite-email">Email</label>
        <input
          id="invite-email"
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={Boolean(problems.email)}
          aria-describedby={problems.email ? 'email-error' : undefined}
          required
        />
        {error('email')}
      </div>
      <fieldset className="legwork-form__field legwork-form__roles" aria-describedby="roles-error">
        <legend>Roles</legend>
        {roles.map((role) => (
          <label key={role.value} className="legwork-form__role">
            <input
              type="checkbox"
              name="roles"
              value={role.value}
              checked={chosen.includes(role.value)}
              onChange={() => toggle(role.value)}
            />
            <span>
              <strong>{role.label}</strong> — {role.description}
            </span>
          </label>
        ))}
        {error('roles')}
      </fieldset>
      {error('form')}
      {error('body')}
      <Button type="submit" disabled={sending}>
        {sending ? 'Sending…' : 'Send invitation'}
      </Button>
    </form>
  )
}
