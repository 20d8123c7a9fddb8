/** Field validators shared by several collections. Each returns true or a message for the editor. */

export function httpUrlOrEmpty(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Use an http(s) address.'
  } catch {
    return 'Enter a full address starting with https://'
  }
}

const DOI = /^(?:doi:\s*)?10\.\d{4,9}\/\S+$/i

/** A source's location: a web address or a DOI such as 10.1249/MSS.0000000000001234. */
export function urlOrDoiOrEmpty(value: string | null | undefined): true | string {
  if (!value) return true
  if (DOI.test(value.trim())) return true
  return httpUrlOrEmpty(value) === true ? true : 'Enter an https:// address or a DOI (10.xxxx/…).'
}
