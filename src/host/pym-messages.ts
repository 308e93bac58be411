// pym.js's message format (pym<D>id<D>type<D>value, D = "xPYMx"), spoken so that a news page which already loads
// NPR's pym.js parent library resizes our iframe with no code of ours. Strings only: nothing received is evaluated.
const D = 'xPYMx';

export interface PymMessage {
  id: string;
  type: string;
  value: string;
}

export function pymMessage({ id, type, value }: PymMessage): string {
  return ['pym', id, type, value].join(D);
}

export function parsePymMessage(data: unknown): PymMessage | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(D);
  if (parts.length !== 4 || parts[0] !== 'pym') return null;
  const [, id, type, value] = parts as [string, string, string, string];
  return /^[\w-]+$/.test(type) ? { id, type, value } : null;
}

/** A height message's value, or null when it is not a sane pixel height. */
export function heightOf(message: PymMessage): number | null {
  if (message.type !== 'height' || !/^\d{1,6}$/.test(message.value)) return null;
  return Number(message.value);
}
