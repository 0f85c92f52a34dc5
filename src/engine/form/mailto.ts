// An objection e-mail drafted for the user (a service with no switch but a published privacy
// contact): a `mailto:` link the user clicks, opened in their own mail client, which they
// complete and send themselves. Nothing is sent by us. RFC 6068: the address as is, subject
// and body percent-encoded, line breaks as CRLF.

/** A plain address: no spaces, no `?`, `&` or `,` that could add a recipient or a header. */
const ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/** The `mailto:` link of a draft to `to`, or null for anything but one plain address. */
export function draftLink(to: string, subject: string, body: string): string | null {
  if (!ADDRESS.test(to)) return null;
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body)}`;
}
