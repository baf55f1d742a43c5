/** Whether a text is an absolute http(s) address: the only kind of source address the app turns into a link. */
export function isWebUrl(text: string | undefined): text is string {
  if (!text) return false;
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
