/** Formats seconds since the deployment started as "T+mm:ss" (or "T+h:mm:ss" past an hour). */
export function formatElapsed(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const rest = total % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(rest).padStart(2, '0');
  return hours > 0 ? `T+${hours}:${mm}:${ss}` : `T+${mm}:${ss}`;
}
