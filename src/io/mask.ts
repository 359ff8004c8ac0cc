/** Masks an identification number, keeping the first 6 and last 4 characters: 500115********1234. */
export function maskId(id: string): string {
  if (id.length <= 10) return '*'.repeat(Math.max(0, id.length - 4)) + id.slice(-4);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}
