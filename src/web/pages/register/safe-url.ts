/** True for an absolute http(s) address: the only kind a public page turns into a link. */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url);
}
