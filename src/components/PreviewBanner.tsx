/** Shown only in draft mode, so staff never mistake a draft for what readers see. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div className="preview-banner" role="status">
      Preview of the latest draft — readers see the published version.{' '}
      <a href={`/next/exit-preview?path=${encodeURIComponent(path)}`}>Leave preview</a>
    </div>
  )
}
