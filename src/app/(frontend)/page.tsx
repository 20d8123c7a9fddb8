export default function HomePage() {
  return (
    <main className="placeholder">
      <h1>Legwork</h1>
      <p>Running and health, explained. The reader website is on its way.</p>
      <p>
        Staff: <a href="/admin">sign in to the newsroom</a>.
      </p>
    </main>
  )
}
